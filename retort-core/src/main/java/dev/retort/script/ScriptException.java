package dev.retort.script;

import dev.retort.RetortException;

/**
 * A problem with revision files, their templates or the environment folder. Subtypes carry the data
 * behind the message (the broken files, the hook that failed, the file that already exists).
 */
public class ScriptException extends RetortException {
    private static final long serialVersionUID = 1L;

    public ScriptException(String message) {
        super(message);
    }

    public ScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
