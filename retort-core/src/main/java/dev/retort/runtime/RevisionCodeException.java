package dev.retort.runtime;

/**
 * What a revision's or the environment hook's Java code threw that is not a runtime exception (a checked
 * exception, an assertion, a recursion without end, a class it could not load), carried to the step.
 */
final class RevisionCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RevisionCodeException(Throwable cause) {
        super(cause);
    }
}
