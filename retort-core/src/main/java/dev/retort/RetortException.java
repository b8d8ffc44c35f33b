package dev.retort;

/**
 * The root of every error retort reports to its user. The message says what happened, with the values
 * involved, and what to do next; front ends print it as {@code FAILED: <message>} without a stack trace.
 * Each area has its own subtype carrying the data behind the message.
 */
public class RetortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
