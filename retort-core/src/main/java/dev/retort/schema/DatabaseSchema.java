package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole schema as one value: the tables, sequences and named enum types of one or more database
 * schemas, and for models the rows some tables must start with. Reflection reads one from a live database
 * (without rows); models describe the one wanted. Each list is sorted by name (objects of the default schema
 * first), so two schemas with the same objects are equal.
 */
public record DatabaseSchema(List<Table> tables, List<Sequence> sequences, List<EnumTypeDefinition> enumTypes,
        List<InitialRows> initialRows) {
    private static final Comparator<QualifiedName> BY_NAME = Comparator
            .comparing((QualifiedName name) -> name.schema().orElse(""))
            .thenComparing(QualifiedName::name);

    public DatabaseSchema {
        tables = sorted(tables, Table::name, "table");
        sequences = sorted(sequences, Sequence::name, "sequence");
        enumTypes = sorted(enumTypes, EnumTypeDefinition::name, "enum type");
        initialRows = sorted(initialRows, InitialRows::table, "initial rows of table");
    }

    /** A schema whose tables start empty. */
    public DatabaseSchema(List<Table> tables, List<Sequence> sequences, List<EnumTypeDefinition> enumTypes) {
        this(tables, sequences, enumTypes, List.of());
    }

    /** The rows the table called {@code name} must start with, if any. */
    public Optional<InitialRows> initialRows(QualifiedName name) {
        return initialRows.stream().filter(rows -> rows.table().equals(name)).findFirst();
    }

    /** The table called {@code name}, if there is one. */
    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    private static <T> List<T> sorted(List<T> objects, Function<T, QualifiedName> name,
            String what) {
        Objects.requireNonNull(objects, what + "s");
        List<T> sorted = objects.stream().sorted(Comparator.comparing(name, BY_NAME)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (name.apply(sorted.get(i)).equals(name.apply(sorted.get(i - 1)))) {
                throw new SchemaDefinitionException(what + " " + name.apply(sorted.get(i)),
                        "it is listed twice");
            }
        }
        return sorted;
    }
}
