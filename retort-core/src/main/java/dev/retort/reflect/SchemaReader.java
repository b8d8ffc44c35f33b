package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.DatabaseSchema;
import java.sql.Connection;

/**
 * Reads a live database into the schema model: its tables with their columns, keys, constraints,
 * indexes and comments, its sequences and its named enum types, as a {@link DatabaseSchema} that can be
 * compared with a model. Each database's reader asks its catalog a fixed number of bulk queries for the
 * whole scope, however many tables there are. Get one with {@link #forDialect(Dialect)}.
 */
public interface SchemaReader {

    /** The objects of {@code scope}; throws a {@link ReflectionException} when the catalog cannot be read. */
    DatabaseSchema read(Connection connection, ReflectionScope scope);

    /** The reader for databases of {@code dialect}. */
    static SchemaReader forDialect(Dialect dialect) {
        return SchemaReaders.forDialect(dialect);
    }
}
