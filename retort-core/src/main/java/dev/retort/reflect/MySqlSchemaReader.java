package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.schema.DatabaseSchema;
import java.sql.Connection;
import java.util.List;

final class MySqlSchemaReader implements SchemaReader {
    MySqlSchemaReader(Dialect dialect) {
    }

    @Override
    public DatabaseSchema read(Connection connection, ReflectionScope scope) {
        return new DatabaseSchema(List.of(), List.of(), List.of());
    }
}
