package dev.retort.model;

import dev.retort.RetortException;

/**
 * The models cannot be used: they cannot be found, loaded or run ({@link ModelLoadException}), or what
 * they declare is not a consistent schema ({@link InvalidModelException}).
 */
public abstract sealed class ModelException extends RetortException
        permits ModelLoadException, InvalidModelException {
    private static final long serialVersionUID = 1L;

    ModelException(String message) {
        super(message);
    }

    ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
