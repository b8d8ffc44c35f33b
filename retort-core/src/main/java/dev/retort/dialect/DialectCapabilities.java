package dev.retort.dialect;

/**
 * What a database can do, as data the core asks about instead of testing a dialect's name.
 *
 * @param transactionalDdl schema changes roll back with the transaction (PostgreSQL, SQLite; not H2, MySQL or
 *     MariaDB, where they commit by themselves)
 * @param alterConstraints constraints can be added to or dropped from an existing table (not SQLite)
 * @param ifExists {@code DROP ... IF EXISTS} and {@code CREATE ... IF NOT EXISTS} are understood
 * @param comments table and column comments are stored
 * @param schemas tables can live in named schemas
 * @param reliableRowCount an UPDATE or DELETE reports how many rows it matched
 * @param offlineTransactionText an offline script wraps its work in {@code BEGIN;} and {@code COMMIT;}
 * @param alterColumns a column's type, nullability and server default can be changed in place (not SQLite:
 *     batch mode rebuilds the table instead)
 * @param partialIndexes an index can cover only the rows a {@code WHERE} condition selects
 * @param expressionIndexes an index can be on expressions, not only on columns
 * @param enums how a column of an enum type is kept
 * @param indexesForeignKeys adding a foreign key makes an index for its columns when none leads with them,
 *     and dropping the key leaves that index behind (MySQL, MariaDB)
 * @param sequences standalone sequences can be created and dropped ({@code CREATE SEQUENCE}: PostgreSQL,
 *     H2, MariaDB 10.3+; not MySQL or SQLite)
 * @param identityColumns a column can be an SQL-standard identity that keeps its generation ({@code ALWAYS}
 *     or {@code BY DEFAULT}), start and step (PostgreSQL, H2); elsewhere an identity is only the column
 *     that numbers itself ({@code AUTO_INCREMENT}, SQLite's rowid)
 * @param integerKeyIsRowid a lone primary key column written {@code INTEGER} is the table's row id, so it
 *     numbers itself even where the table says it does not, and marking it autoincrement writes only a
 *     keyword that keeps the numbers of deleted rows from coming back (SQLite's {@code AUTOINCREMENT})
 * @param computedStorage a computed column is stored or virtual as declared, and reads back so (not H2, whose
 *     generated columns have no such words)
 * @param alterComputedColumns a computed column's type, nullability and comment change in place and it stays
 *     computed (PostgreSQL; SQLite, whose batch rebuilds it; not MySQL and MariaDB, which restate the column
 *     without its expression, nor H2, which refuses)
 */
public record DialectCapabilities(
        boolean transactionalDdl,
        boolean alterConstraints,
        boolean ifExists,
        boolean comments,
        boolean schemas,
        boolean reliableRowCount,
        boolean offlineTransactionText,
        boolean alterColumns,
        boolean partialIndexes,
        boolean expressionIndexes,
        EnumStorage enums,
        boolean indexesForeignKeys,
        boolean sequences,
        boolean identityColumns,
        boolean integerKeyIsRowid,
        boolean computedStorage,
        boolean alterComputedColumns) {}
