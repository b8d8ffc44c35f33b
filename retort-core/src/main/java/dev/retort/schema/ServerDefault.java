package dev.retort.schema;

import java.util.Objects;

/**
 * The default a database fills in for a column ({@code DEFAULT ...} in DDL). A {@link Literal} is a value
 * that the dialect quotes ({@code DEFAULT '00000'}, {@code DEFAULT 0}); a {@link SqlExpression} is SQL
 * written as it is ({@code DEFAULT CURRENT_TIMESTAMP}).
 */
public sealed interface ServerDefault permits ServerDefault.Literal, SqlExpression {

    /** A literal value: a string, a number or a boolean. */
    static Literal literal(Object value) {
        return new Literal(value);
    }

    /** A SQL expression written as it is. */
    static SqlExpression sql(String sql) {
        return new SqlExpression(sql);
    }

    /** A value the dialect renders as a literal of its own syntax. */
    record Literal(Object value) implements ServerDefault {
        public Literal {
            Objects.requireNonNull(value, "a literal default needs a value; drop the default instead of setting null");
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new SchemaDefinitionException("server default " + value, "a literal default is a string, "
                        + "number or boolean; write other values as sql(\"...\")");
            }
        }
    }
}
