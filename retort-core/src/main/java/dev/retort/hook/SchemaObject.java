package dev.retort.hook;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * A table, column, index or constraint that autogenerate is about to compare, as
 * {@link EnvironmentHook#includeObject} sees it.
 *
 * @param kind what it is
 * @param table the table (for a table, the table itself)
 * @param name its name (for a table, the table's name without schema)
 * @param reflected true when only the database has it (a drop, if compared); false when the models have it
 */
public record SchemaObject(Kind kind, QualifiedName table, String name, boolean reflected) {

    /** The kinds of object autogenerate compares by name. */
    public enum Kind {
        TABLE, COLUMN, INDEX, UNIQUE_CONSTRAINT, FOREIGN_KEY, CHECK_CONSTRAINT
    }

    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }
}
