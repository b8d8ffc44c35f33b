package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import java.util.Map;
import java.util.function.Function;

/** The only place that maps dialects to their readers, as {@code DdlCompilers} does for compilers. */
final class SchemaReaders {
    private static final Map<String, Function<Dialect, SchemaReader>> READERS = Map.of(
            "sqlite", dialect -> new SqliteSchemaReader(),
            "postgresql", dialect -> new PostgresSchemaReader(),
            "mysql", MySqlSchemaReader::new,
            "mariadb", MySqlSchemaReader::new,
            "h2", H2SchemaReader::new);

    private SchemaReaders() {
    }

    static SchemaReader forDialect(Dialect dialect) {
        Function<Dialect, SchemaReader> reader = READERS.get(dialect.name());
        if (reader == null) {
            throw new UnsupportedReflectionException(dialect.name(), READERS.keySet());
        }
        return reader.apply(dialect);
    }
}
