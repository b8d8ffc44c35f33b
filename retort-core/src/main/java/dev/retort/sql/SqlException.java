package dev.retort.sql;

import dev.retort.RetortException;

/**
 * Root of the errors raised while reading SQL scripts: a script that cannot be split into statements, or a
 * dialect name retort does not know. Each subtype carries the values behind its message.
 */
public abstract class SqlException extends RetortException {
    private static final long serialVersionUID = 1L;

    protected SqlException(String message) {
        super(message);
    }
}
