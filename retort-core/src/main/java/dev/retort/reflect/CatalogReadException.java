package dev.retort.reflect;

import dev.retort.RetortException;

/**
 * The database refused a catalog query while its schema was being read, or holds something the schema
 * model cannot say. It carries the database's name ({@link #database()}).
 */
public final class CatalogReadException extends RetortException {
    private static final long serialVersionUID = 1L;

    private final String database;

    public CatalogReadException(String database, String problem, Throwable cause) {
        super("cannot read the schema of the " + database + " database: " + problem, cause);
        this.database = database;
    }

    /** The kind of database whose catalog was read: PostgreSQL, MariaDB, ... */
    public String database() {
        return database;
    }
}
