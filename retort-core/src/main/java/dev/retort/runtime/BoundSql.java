package dev.retort.runtime;

import java.util.List;
import java.util.Objects;

/**
 * One statement as both sinks need it: with {@code ?} parameters for a live database, and with the values
 * written in as literals for a script.
 *
 * @param sql the statement with {@code ?} placeholders
 * @param parameters the values of the placeholders, in order
 * @param literal the statement with the values written in
 */
public record BoundSql(String sql, List<String> parameters, String literal) {

    public BoundSql {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(literal, "literal");
        parameters = List.copyOf(parameters);
    }

    /** A statement without parameters, run and written as it is. */
    public static BoundSql of(String sql) {
        return new BoundSql(sql, List.of(), sql);
    }
}
