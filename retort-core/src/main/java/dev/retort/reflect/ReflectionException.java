package dev.retort.reflect;

import dev.retort.RetortException;
import dev.retort.schema.QualifiedName;

/**
 * A table could not be read from the database: it does not exist, the database refused a query, or it
 * has something the schema model cannot hold. It carries the table ({@link #table()}).
 */
public final class ReflectionException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final transient QualifiedName table;

    public ReflectionException(QualifiedName table, String problem) {
        super("cannot read table " + table + ": " + problem);
        this.table = table;
    }

    public ReflectionException(QualifiedName table, String problem, Throwable cause) {
        super("cannot read table " + table + ": " + problem, cause);
        this.table = table;
    }

    /** The table that was being read. */
    public QualifiedName table() {
        return table;
    }
}
