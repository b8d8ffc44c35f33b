package dev.retort.sql;

import java.util.Objects;
import java.util.Optional;

/**
 * One statement of a SQL script, as {@link SqlSplitter} finds it: the text from its first token to its
 * last, without the terminator and without the comments before or after it (comments inside it are kept
 * as written, line breaks included).
 *
 * <p>A PostgreSQL {@code COPY ... FROM STDIN} written as pg_dump writes it carries the data lines that follow
 * it in the script, as written, each with its line break, without the closing {@code \.} line.
 *
 * @param sql the statement text, never blank
 * @param line the 1-based line of the script where the statement starts
 * @param column the 1-based column, in characters, where the statement starts
 * @param copyData the rows a {@code COPY ... FROM STDIN} reads, or empty for any other statement
 */
public record SqlStatement(String sql, int line, int column, Optional<String> copyData) {
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(copyData, "copyData");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a statement cannot be blank");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: line " + line + ", column " + column);
        }
    }

    /** A statement that carries no data. */
    public SqlStatement(String sql, int line, int column) {
        this(sql, line, column, Optional.empty());
    }

    /**
     * Whether the statement begins, commits or rolls back a transaction, as a dump's {@code BEGIN
     * TRANSACTION} and {@code COMMIT} do: {@code BEGIN} (but not MariaDB's {@code BEGIN NOT ATOMIC} or
     * {@code BEGIN ATOMIC}), {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK} (but not
     * {@code ROLLBACK TO} a savepoint) and {@code ABORT}.
     */
    public boolean controlsTransaction() {
        return TransactionEffect.of(sql).controlsTransaction();
    }
}
