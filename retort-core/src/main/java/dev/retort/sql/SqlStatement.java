package dev.retort.sql;

import java.util.Objects;

/**
 * One statement of a SQL script, as {@link SqlSplitter} finds it: the text from its first token to its
 * last, without the terminator and without the comments before or after it (comments inside it are kept
 * as written, line breaks included).
 *
 * @param sql the statement text, never blank
 * @param line the 1-based line of the script where the statement starts
 * @param column the 1-based column, in characters, where the statement starts
 */
public record SqlStatement(String sql, int line, int column) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a statement cannot be blank");
        }
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: line " + line + ", column " + column);
        }
    }
}
