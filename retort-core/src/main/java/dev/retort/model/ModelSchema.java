package dev.retort.model;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.EnumTypeDefinition;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns {@link MetaData} into a {@link DatabaseSchema}, collecting every problem before failing once. */
final class ModelSchema {
    /** Reflection's order: by kind (unique, foreign key, check), then name. */
    private static final Comparator<Constraint> CONSTRAINT_ORDER = Comparator
            .comparing((Constraint constraint) -> constraint.kind().ordinal())
            .thenComparing(constraint -> constraint.name().orElse(""))
            .thenComparing(Constraint::toString);
    private static final Comparator<Index> INDEX_ORDER = Comparator
            .comparing((Index index) -> index.name().orElse(""))
            .thenComparing(Index::toString);

    private final MetaData metadata;
    private final boolean defaultSchemaUnknown;
    private final List<String> problems = new ArrayList<>();

    ModelSchema(MetaData metadata) {
        this(metadata, true);
    }

    private ModelSchema(MetaData metadata, boolean defaultSchemaUnknown) {
        this.metadata = metadata;
        this.defaultSchemaUnknown = defaultSchemaUnknown;
    }

    DatabaseSchema build() {
        requireDistinct(metadata.tables(), Table::name, "table");
        requireDistinct(metadata.enumTypes(), EnumTypeDefinition::name, "enum type");
        requireDistinct(metadata.sequences(), Sequence::name, "sequence");
        ConventionNames names = new ConventionNames(metadata.namingConvention(), problems);
        Map<QualifiedName, Table> tables = new LinkedHashMap<>();
        for (Table table : metadata.tables()) {
            tables.putIfAbsent(table.name(), ordered(names.apply(table)));
        }
        checkTables(tables);
        if (metadata.namingConvention().index().isEmpty()) {
            // With an index template, the convention has named each unnamed index or said why it cannot.
            checkIndexesNamed(tables.values());
        }
        List<EnumTypeDefinition> enumTypes = enumTypes(tables.values());
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        return new DatabaseSchema(List.copyOf(tables.values()), distinct(metadata.sequences(), Sequence::name),
                enumTypes);
    }

    /**
     * The problems the Java models are refused for that {@code schema}, made otherwise (from JPA entities), has:
     * foreign keys to tables or columns it does not have or that are neither a primary key nor unique,
     * indexes without a name, and names its tables share within one schema.
     */
    static List<String> problems(DatabaseSchema schema) {
        ModelSchema checks = new ModelSchema(null, false);
        Map<QualifiedName, Table> tables = new LinkedHashMap<>();
        schema.tables().forEach(table -> tables.putIfAbsent(table.name(), table));
        checks.checkTables(tables);
        checks.checkIndexesNamed(tables.values());
        return List.copyOf(checks.problems);
    }

    /** An index needs a name to be created, which the database does not make up as it does for a constraint. */
    private void checkIndexesNamed(Iterable<Table> tables) {
        for (Table table : tables) {
            for (Index index : table.indexes()) {
                if (index.name().isEmpty()) {
                    String example = "ix_" + table.name().name()
                            + index.columnNames().stream().findFirst().map(column -> "_" + column).orElse("");
                    problems.add("table " + table.name() + ": " + ModelObjects.describe(index) + " has no name,"
                            + " which the database needs to create it; name it (index(\"" + example + "\", ...))"
                            + " or give the models a naming convention for indexes (.namingConvention("
                            + "NamingConvention.RECOMMENDED), or NamingConvention.NONE.index(\"ix_{table}_{column_0}\")"
                            + " for indexes alone)");
                }
            }
        }
    }

    private void checkTables(Map<QualifiedName, Table> tables) {
        tables.values().forEach(table -> table.constraints().stream()
                .filter(ForeignKey.class::isInstance)
                .forEach(constraint -> checkReference(table, (ForeignKey) constraint, tables)));
        checkSchemaWideNames(tables.values());
    }

    private static Table ordered(Table table) {
        return new Table(table.name(), table.columns(), table.primaryKey(),
                table.constraints().stream().sorted(CONSTRAINT_ORDER).toList(),
                table.indexes().stream().sorted(INDEX_ORDER).toList(), table.comment());
    }

    private void checkReference(Table table, ForeignKey key, Map<QualifiedName, Table> tables) {
        String what = "table " + table.name() + ": " + ModelObjects.describe(key);
        Table referred = referredTable(key, tables);
        if (referred == null) {
            problems.add(what + " refers to table " + key.referredTable() + ", which the models do not declare;"
                    + " add that table to the models or correct the name");
            return;
        }
        List<String> unknown = key.referredColumns().stream().filter(column -> referred.column(column).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            problems.add(what + " refers to columns " + unknown + " that table " + referred.name()
                    + " does not have; it has " + referred.columns().stream().map(Column::name).toList());
        } else if (!isKeyOrUnique(referred, Set.copyOf(key.referredColumns()))) {
            problems.add(what + " refers to " + key.referredColumns() + " of table " + referred.name()
                    + ", which are neither its primary key nor unique; databases need one of them");
        }
    }

    /**
     * The table {@code key} refers to. Without a database the default schema's name is not known, so a referred
     * table named in a schema may be one the models declare without a schema ({@code public.parent} for
     * {@code parent}), and one named without a schema may be declared in one; autogenerate checks again knowing
     * the name.
     */
    private Table referredTable(ForeignKey key, Map<QualifiedName, Table> tables) {
        QualifiedName name = key.referredTable();
        Table referred = tables.get(name);
        if (referred != null || !defaultSchemaUnknown) {
            return referred;
        }
        if (name.schema().isPresent()) {
            return tables.get(QualifiedName.of(name.name()));
        }
        return tables.values().stream().filter(table -> table.name().name().equals(name.name())).findFirst()
                .orElse(null);
    }

    private static boolean isKeyOrUnique(Table table, Set<String> columns) {
        if (table.primaryKey().map(key -> Set.copyOf(key.columns()).equals(columns)).orElse(false)) {
            return true;
        }
        boolean uniqueConstraint = table.constraints().stream().filter(UniqueConstraint.class::isInstance)
                .anyMatch(unique -> Set.copyOf(((UniqueConstraint) unique).columns()).equals(columns));
        boolean uniqueIndex = table.indexes().stream()
                .filter(index -> index.unique() && index.where().isEmpty()
                        && index.elements().stream().allMatch(IndexColumn.class::isInstance))
                .anyMatch(index -> Set.copyOf(index.columnNames()).equals(columns));
        return uniqueConstraint || uniqueIndex;
    }

    /** Indexes, primary keys and unique constraints are indexes in one namespace per schema (PostgreSQL, SQLite). */
    private void checkSchemaWideNames(Iterable<Table> tables) {
        Map<QualifiedName, List<String>> users = new LinkedHashMap<>();
        for (Table table : tables) {
            List<TableElement> objects = new ArrayList<>();
            table.primaryKey().ifPresent(objects::add);
            table.constraints().stream().filter(UniqueConstraint.class::isInstance).forEach(objects::add);
            objects.addAll(table.indexes());
            for (TableElement object : objects) {
                ModelObjects.name(object).ifPresent(name -> users
                        .computeIfAbsent(QualifiedName.of(table.name().schema(), name), ignored -> new ArrayList<>())
                        .add(ModelObjects.describeUnnamed(object) + " of table " + table.name()));
            }
        }
        users.forEach((name, objects) -> {
            if (objects.size() > 1) {
                problems.add("the name " + name + " is given to " + String.join(" and ", objects) + "; tables of"
                        + " one schema share index names on PostgreSQL and SQLite, so name one of them otherwise");
            }
        });
    }

    /**
     * Declared enum types plus those columns use, each once; one name with two value lists is a problem. A
     * column's type lives in the default schema whatever its table's schema, as SQLAlchemy's does unless told
     * otherwise: that is where the DDL's unqualified {@code CREATE TYPE} puts it.
     */
    private List<EnumTypeDefinition> enumTypes(Iterable<Table> tables) {
        Map<QualifiedName, EnumTypeDefinition> types = new LinkedHashMap<>();
        Map<QualifiedName, String> origins = new LinkedHashMap<>();
        for (EnumTypeDefinition declared : metadata.enumTypes()) {
            types.putIfAbsent(declared.name(), declared);
            origins.putIfAbsent(declared.name(), "the declared enum type");
        }
        for (Table table : tables) {
            for (Column column : table.columns()) {
                column.type().namedEnum().ifPresent(type -> {
                    QualifiedName name = QualifiedName.of(type.name().orElseThrow());
                    String origin = "column " + table.name() + "." + column.name();
                    EnumTypeDefinition known = types.putIfAbsent(name, new EnumTypeDefinition(name, type));
                    origins.putIfAbsent(name, origin);
                    if (known != null && !known.type().values().equals(type.values())) {
                        problems.add("enum type " + name + ": " + origin + " has the values " + type.values() + " but "
                                + origins.get(name) + " has " + known.type().values() + "; give them the same values"
                                + " or different names");
                    }
                });
            }
        }
        return List.copyOf(types.values());
    }


    private <T> void requireDistinct(List<T> objects, Function<T, QualifiedName> name, String what) {
        Set<QualifiedName> seen = new HashSet<>();
        Set<QualifiedName> twice = new LinkedHashSet<>();
        objects.forEach(object -> {
            if (!seen.add(name.apply(object))) {
                twice.add(name.apply(object));
            }
        });
        twice.forEach(duplicate -> problems.add(what + " " + duplicate + " is declared twice; keep one"));
    }

    private static <T> List<T> distinct(List<T> objects, Function<T, QualifiedName> name) {
        Map<QualifiedName, T> first = new LinkedHashMap<>();
        objects.forEach(object -> first.putIfAbsent(name.apply(object), object));
        return List.copyOf(first.values());
    }
}
