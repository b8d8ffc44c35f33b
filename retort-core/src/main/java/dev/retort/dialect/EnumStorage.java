package dev.retort.dialect;

/** How a database keeps a column to a fixed set of values (an enum type of the schema model). */
public enum EnumStorage {
    /** A named type of its own, created before and dropped after the tables using it (PostgreSQL). */
    NAMED_TYPE,
    /** A type written in the column's definition, {@code ENUM('a', 'b')} (MySQL, MariaDB). */
    COLUMN_TYPE,
    /** A {@code VARCHAR} column with a {@code CHECK (c IN ('a', 'b'))} constraint (SQLite, H2). */
    CHECK_CONSTRAINT
}
