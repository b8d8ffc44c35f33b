package dev.retort.schema;

import java.util.Objects;

/**
 * How a generated column gets its value: {@code GENERATED ALWAYS AS (expression) STORED|VIRTUAL}. A stored
 * column is computed when its row is written and kept on disk; a virtual one is computed when read.
 * PostgreSQL (before 18) has only stored ones, and H2 does not say which it keeps. Get one with
 * {@link #stored(String)} or {@link #virtual(String)}, and put it on a column with
 * {@link Column#computed(Computed)}.
 */
public record Computed(SqlExpression expression, boolean stored) {

    public Computed {
        Objects.requireNonNull(expression, "expression of a computed column");
    }

    /** {@code GENERATED ALWAYS AS (sql) STORED}. */
    public static Computed stored(String sql) {
        return new Computed(new SqlExpression(sql), true);
    }

    /** {@code GENERATED ALWAYS AS (sql) VIRTUAL}. */
    public static Computed virtual(String sql) {
        return new Computed(new SqlExpression(sql), false);
    }

    /** The expression as written. */
    public String sql() {
        return expression.sql();
    }

    /** {@code STORED} or {@code VIRTUAL}. */
    public String storage() {
        return stored ? "STORED" : "VIRTUAL";
    }
}
