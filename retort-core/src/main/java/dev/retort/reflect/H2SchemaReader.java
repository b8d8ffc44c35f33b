package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.DatabaseSchema;
import java.sql.Connection;
import java.util.List;

final class H2SchemaReader implements SchemaReader {
    H2SchemaReader(Dialect dialect) {
    }

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        return new DatabaseSchema(List.of(), List.of(), List.of());
    }
}
