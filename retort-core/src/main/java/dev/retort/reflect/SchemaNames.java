package dev.retort.reflect;

import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The schemas a reader queries, as the database names them, and how their objects are named in the
 * model: objects of the connection's default schema without a schema, others with it. {@code names}
 * turns the database's spelling of a name into the model's (H2's upper case into lower case).
 */
record SchemaNames(String defaultSchema, List<String> queried, UnaryOperator<String> names) {

    static SchemaNames of(String database, ReflectionScope scope, String defaultSchema, UnaryOperator<String> toModel,
            UnaryOperator<String> toDatabase) {
        List<String> queried = new ArrayList<>();
        if (scope.includeDefaultSchema() && defaultSchema == null) {
            throw new CatalogReadException(database, "the connection has no default schema (no database is selected "
                    + "in its URL); name one in the URL, or reflect only schemas named in the scope", null);
        }
        if (scope.includeDefaultSchema()) {
            queried.add(defaultSchema);
        }
        for (String schema : scope.schemas()) {
            String stored = toDatabase.apply(schema);
            if (!queried.contains(stored)) {
                queried.add(stored);
            }
        }
        return new SchemaNames(defaultSchema, List.copyOf(queried), toModel);
    }

    /** The schema of an object as the model names it: none for the default schema. */
    Optional<String> label(String schema) {
        return schema == null || schema.equals(defaultSchema) ? Optional.empty() : Optional.of(names.apply(schema));
    }

    /** A table's or other object's name in the model. */
    QualifiedName name(String schema, String name) {
        return QualifiedName.of(label(schema), names.apply(name));
    }
}
