package dev.retort.runtime;

import dev.retort.RetortException;

/** Something went wrong while talking to the database or running revisions. */
public class MigrationException extends RetortException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
