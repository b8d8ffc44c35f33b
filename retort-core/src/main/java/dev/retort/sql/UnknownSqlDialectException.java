package dev.retort.sql;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A dialect name that is not one of retort's SQL dialects. */
public final class UnknownSqlDialectException extends SqlException {
    private static final long serialVersionUID = 1L;

    private final String name;

    UnknownSqlDialectException(String name) {
        super("Unknown SQL dialect '" + name + "'; use one of: " + Arrays.stream(SqlDialect.values())
                .map(SqlDialect::id)
                .collect(Collectors.joining(", ")));
        this.name = name;
    }

    /** The name as it was given. */
    public String name() {
        return name;
    }
}
