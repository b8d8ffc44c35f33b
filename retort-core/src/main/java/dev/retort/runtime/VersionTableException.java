package dev.retort.runtime;

/** The version table did not hold what the version statements expected. */
public final class VersionTableException extends MigrationException {
    private static final long serialVersionUID = 1L;

    public VersionTableException(String message) {
        super(message);
    }
}
