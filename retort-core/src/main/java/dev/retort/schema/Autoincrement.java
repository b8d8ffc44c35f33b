package dev.retort.schema;

/**
 * Whether a column takes its values from a sequence of its own (SERIAL, AUTO_INCREMENT, SQLite's rowid):
 * {@link #AUTO} lets the dialect decide as SQLAlchemy does (yes for a lone integer primary key column).
 */
public enum Autoincrement {
    AUTO,
    ENABLED,
    DISABLED
}
