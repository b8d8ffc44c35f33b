package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * Reads a live database into the schema model: its tables with their columns, keys, constraints,
 * indexes and comments, its sequences and its named enum types, as a {@link DatabaseSchema} that can be
 * compared with a model. Each database's reader asks its catalog a fixed number of bulk queries for the
 * whole scope, however many tables there are. Get one with {@link #forDialect(Dialect)}.
 */
public interface SchemaReader {

    /** The objects of {@code scope}; throws a {@link ReflectionException} when the catalog cannot be read. */
    DatabaseSchema read(Connection connection, ReflectionScope scope);

    /**
     * The connection's default schema, the one whose objects {@link #read} names without a schema, as models
     * spell it; empty when the connection has none (a MySQL URL without a database).
     */
    Optional<String> defaultSchema(Connection connection);

    /** Whether {@code schema}, spelled as a model may spell it, is the connection's default schema. */
    default boolean isDefaultSchema(Connection connection, String schema) {
        return defaultSchema(connection).filter(schema::equals).isPresent();
    }

    /**
     * The other schemas the connection sees (PostgreSQL and H2 schemas, MySQL and MariaDB databases, SQLite's
     * attached databases) as models spell them, sorted; neither the default schema nor the database's own.
     */
    List<String> otherSchemas(Connection connection);

    /**
     * The default the database keeps for {@code expression}, as {@link #read} reads it, where the database
     * computes constant expressions when a default is set (H2 keeps {@code 1 + 2} as {@code 3}); empty where
     * it keeps defaults as written or cannot tell. Nothing is run that setting the default would not run.
     */
    default Optional<ServerDefault> foldedDefault(Connection connection, SqlExpression expression) {
        return Optional.empty();
    }

    /** The reader for databases of {@code dialect}. */
    static SchemaReader forDialect(Dialect dialect) {
        return SchemaReaders.forDialect(dialect);
    }
}
