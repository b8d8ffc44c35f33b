package dev.retort.compile;

import dev.retort.RetortException;

/**
 * A Java revision could not be turned into a runnable migration: it does not compile, its class is not
 * a valid revision, no compiler is available, or the class cache cannot be used. Subtypes carry the
 * files and diagnostics behind the message.
 */
public class CompileException extends RetortException {
    private static final long serialVersionUID = 1L;

    public CompileException(String message) {
        super(message);
    }

    public CompileException(String message, Throwable cause) {
        super(message, cause);
    }
}
