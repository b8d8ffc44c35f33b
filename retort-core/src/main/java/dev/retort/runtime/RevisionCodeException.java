package dev.retort.runtime;

/** A checked exception thrown by a revision's or the environment hook's Java code, carried to the step. */
final class RevisionCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RevisionCodeException(Exception cause) {
        super(cause);
    }
}
