package dev.retort.schema;

/**
 * A piece of SQL written as it is: a server default such as {@code CURRENT_TIMESTAMP}, or an index element
 * such as {@code lower(name)}. It is never quoted or checked; it is the dialect's to run.
 */
public record SqlExpression(String sql) implements ServerDefault, IndexElement {

    public SqlExpression {
        Names.requireText(sql, "SQL expression");
    }
}
