package dev.retort.dialect;

import java.util.List;
import java.util.stream.Collectors;

/** The dialects retort knows, by name. */
public final class Dialects {
    private static final List<Dialect> ALL = List.of(new SqliteDialect(), new PostgresDialect(), new MySqlDialect(),
            new MariaDbDialect(), new H2Dialect());

    private Dialects() {}

    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect with this name (sqlite, postgresql, mysql, mariadb, h2). */
    public static Dialect named(String name) {
        return ALL.stream()
                .filter(dialect -> dialect.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new UnknownDialectException(name, ALL.stream().map(Dialect::name)
                        .collect(Collectors.joining(", "))));
    }
}
