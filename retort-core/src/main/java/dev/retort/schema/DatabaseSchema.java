package dev.retort.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

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

    /**
     * This schema with the objects that name the connection's default schema explicitly ({@code public.account}
     * where {@code public} is the default) named as reflection names them, without a schema, and foreign keys
     * referring to them likewise; {@code isDefaultSchema} tells a schema name that is the default one.
     */
    public DatabaseSchema withDefaultSchemaUnnamed(Predicate<String> isDefaultSchema) {
        UnaryOperator<QualifiedName> unnamed = name -> name.schema().filter(isDefaultSchema).isPresent()
                ? QualifiedName.of(name.name()) : name;
        return new DatabaseSchema(
                tables.stream().map(table -> table.withName(unnamed.apply(table.name()))
                        .withConstraints(table.constraints().stream()
                                .map(constraint -> constraint instanceof ForeignKey key
                                        ? key.referringTo(unnamed.apply(key.referredTable())) : constraint)
                                .toList()))
                        .toList(),
                sequences.stream().map(sequence -> sequence.withName(unnamed.apply(sequence.name()))).toList(),
                enumTypes.stream().map(type -> new EnumTypeDefinition(unnamed.apply(type.name()), type.type()))
                        .toList(),
                initialRows.stream().map(rows -> new InitialRows(unnamed.apply(rows.table()), rows.rows())).toList());
    }

    /** This schema without the sequences and enum types of the schemas {@code included} refuses (empty: the default). */
    public DatabaseSchema withSequencesAndTypesIn(Predicate<Optional<String>> included) {
        return new DatabaseSchema(tables,
                sequences.stream().filter(sequence -> included.test(sequence.name().schema())).toList(),
                enumTypes.stream().filter(type -> included.test(type.name().schema())).toList(), initialRows);
    }

    /** The schemas this schema's tables, sequences and enum types name, without the default one. */
    public Set<String> namedSchemas() {
        Set<String> named = new TreeSet<>();
        Stream.of(tables.stream().map(Table::name), sequences.stream().map(Sequence::name),
                enumTypes.stream().map(EnumTypeDefinition::name))
                .flatMap(names -> names)
                .forEach(name -> name.schema().ifPresent(named::add));
        return named;
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
