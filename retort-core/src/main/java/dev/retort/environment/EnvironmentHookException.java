package dev.retort.environment;

import dev.retort.RetortException;

/**
 * The environment hook cannot be used: {@code Environment.java} does not compile, declares no class (or
 * several) implementing {@link dev.retort.hook.EnvironmentHook}, cannot be made, or one of its methods
 * threw. The message names the file and, for a throw, the hook method and line.
 */
public final class EnvironmentHookException extends RetortException {
    private static final long serialVersionUID = 1L;

    EnvironmentHookException(String message) {
        super(message);
    }

    EnvironmentHookException(String message, Throwable cause) {
        super(message, cause);
    }
}
