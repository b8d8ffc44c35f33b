package dev.retort.dialect;

import dev.retort.RetortException;

/** A dialect name retort does not know. */
public final class UnknownDialectException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String name;

    public UnknownDialectException(String name, String known) {
        super("Unknown database dialect '" + name + "'; retort knows " + known);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
