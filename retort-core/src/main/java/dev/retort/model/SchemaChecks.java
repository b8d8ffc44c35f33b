package dev.retort.model;

import dev.retort.schema.DatabaseSchema;
import java.util.List;

/**
 * The checks {@link MetaData#toSchema()} makes of the Java models, for a target schema made another way (such
 * as from JPA entities), so that such a schema is refused for the same reasons before any DDL is written.
 */
public final class SchemaChecks {

    private SchemaChecks() {
    }

    /**
     * Throws an {@link InvalidModelException} listing every problem of {@code schema}: foreign keys to tables or
     * columns it does not have or that are neither a primary key nor unique, indexes without a name, and index,
     * primary key or unique constraint names that two tables of one schema share.
     */
    public static void requireValid(DatabaseSchema schema) {
        List<String> problems = ModelSchema.problems(schema);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
    }
}
