package dev.retort.runtime;

/** The database could not be reached or refused the login; carries the URL without its password. */
public final class ConnectionFailedException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final String redactedUrl;
    private final int vendorCode;

    public ConnectionFailedException(String redactedUrl, String reason) {
        this(redactedUrl, reason, 0);
    }

    public ConnectionFailedException(String redactedUrl, String reason, int vendorCode) {
        super("Can't connect to " + redactedUrl + ": " + reason);
        this.redactedUrl = redactedUrl;
        this.vendorCode = vendorCode;
    }

    /** The driver's error code ({@link java.sql.SQLException#getErrorCode()}), 0 when there was none. */
    public int vendorCode() {
        return vendorCode;
    }

    public String redactedUrl() {
        return redactedUrl;
    }
}
