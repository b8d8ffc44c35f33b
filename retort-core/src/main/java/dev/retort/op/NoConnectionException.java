package dev.retort.op;

import dev.retort.RetortException;

/** A revision asked for {@code op.connection()} where there is no database: offline, or only recording. */
public final class NoConnectionException extends RetortException {
    private static final long serialVersionUID = 1L;

    public NoConnectionException(String reason) {
        super("op.connection(): " + reason);
    }
}
