package dev.retort.schema;

/** What an index is built on: a column by name, or an expression such as {@code lower(name)}. */
public sealed interface IndexElement permits IndexColumn, SqlExpression {
}
