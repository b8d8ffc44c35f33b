package dev.retort.runtime;

/** The database could not be reached or refused the login; carries the URL without its password. */
public final class ConnectionFailedException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final String redactedUrl;

    public ConnectionFailedException(String redactedUrl, String reason) {
        super("Can't connect to " + redactedUrl + ": " + reason);
        this.redactedUrl = redactedUrl;
    }

    public String redactedUrl() {
        return redactedUrl;
    }
}
