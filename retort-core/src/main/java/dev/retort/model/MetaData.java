package dev.retort.model;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema the models want, as declared: tables built with {@link dev.retort.api.Schema}, named enum
 * types, sequences and the {@link NamingConvention} for constraints and indexes declared without a name.
 * It is SQLAlchemy Core's {@code MetaData}. Start from {@link #empty()} and add to it; every method returns
 * a copy. {@link #toSchema()} applies the convention, checks the whole and gives the
 * {@link DatabaseSchema} autogenerate compares with the database.
 */
public record MetaData(
        NamingConvention namingConvention,
        List<Table> tables,
        List<EnumTypeDefinition> enumTypes,
        List<Sequence> sequences) {

    public MetaData {
        Objects.requireNonNull(namingConvention, "namingConvention");
        tables = List.copyOf(tables);
        enumTypes = List.copyOf(enumTypes);
        sequences = List.copyOf(sequences);
    }

    /** No tables, no types, no sequences, no naming convention. */
    public static MetaData empty() {
        return new MetaData(NamingConvention.NONE, List.of(), List.of(), List.of());
    }

    /** These models naming unnamed constraints and indexes by {@code convention}. */
    public MetaData namingConvention(NamingConvention convention) {
        return new MetaData(convention, tables, enumTypes, sequences);
    }

    /** These models with more tables: {@code table(table("customer", column(...), ...))}. */
    public MetaData table(Table... more) {
        return new MetaData(namingConvention, concat(tables, Arrays.asList(more)), enumTypes, sequences);
    }

    /** These models with more tables. */
    public MetaData tables(List<Table> more) {
        return new MetaData(namingConvention, concat(tables, more), enumTypes, sequences);
    }

    /**
     * These models with a named enum type in the default schema, e.g. for a PostgreSQL type that no
     * table uses yet. Types that columns use ({@code enumType("status", "new", "paid")}) are part of the
     * models without being declared here.
     */
    public MetaData enumType(String name, String... values) {
        return enumType(QualifiedName.of(name), values);
    }

    /** These models with a named enum type in {@code name}'s schema. */
    public MetaData enumType(QualifiedName name, String... values) {
        EnumTypeDefinition type = new EnumTypeDefinition(name,
                new ColumnType.EnumType(Optional.of(name.name()), List.of(values)));
        return new MetaData(namingConvention, tables, concat(enumTypes, List.of(type)), sequences);
    }

    /** These models with a sequence of the database's defaults (start at 1, step 1). */
    public MetaData sequence(String name) {
        return sequence(Sequence.of(QualifiedName.of(name)));
    }

    /** These models with a sequence: {@code sequence(Schema.sequence("invoice_number").start(1000))}. */
    public MetaData sequence(Sequence sequence) {
        return new MetaData(namingConvention, tables, enumTypes, concat(sequences, List.of(sequence)));
    }

    /**
     * The schema these models describe: every unnamed constraint and index named by the convention, the
     * enum types columns use added to those declared, constraints in the order reflection reads them (by
     * kind, then name) and indexes by name, so that a database made from the models reads back equal.
     *
     * @throws InvalidModelException listing every problem: foreign keys to tables or columns the models do
     *     not have or that are neither a primary key nor unique, names used twice, names the convention
     *     cannot make, indexes left without a name, enum types of one name with different values
     */
    public DatabaseSchema toSchema() {
        return new ModelSchema(this).build();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        second.forEach(item -> all.add(Objects.requireNonNull(item, "models list a null object")));
        return all;
    }
}
