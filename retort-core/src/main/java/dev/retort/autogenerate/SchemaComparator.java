package dev.retort.autogenerate;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.EnumStorage;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.hook.SchemaObject.Kind;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateTable;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DatabaseSchema;
import dev.retort.schema.InitialRows;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Compares the schema the models want with the schema a database has, as Alembic's autogenerate does,
 * and returns the operations that make the database match: tables, columns (type, nullability, server
 * default, comment), primary keys, unique constraints, indexes, foreign keys, named check constraints,
 * table comments, enum values and sequences; on SQLite the changes to a table it cannot alter in place
 * come as one batch. Get one with {@link #forDialect(Dialect, CompareOptions)};
 * the dialect decides which types and defaults are the same on its database.
 */
public final class SchemaComparator {
    private final Dialect dialect;
    private final CompareOptions options;
    private final DdlCompiler compiler;
    private final TypeEquivalence types;
    private final FoldedDefaults folded;

    private SchemaComparator(Dialect dialect, CompareOptions options, FoldedDefaults folded) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.options = Objects.requireNonNull(options, "options");
        this.folded = Objects.requireNonNull(folded, "folded");
        this.compiler = DdlCompilers.forDialect(dialect);
        this.types = new TypeEquivalence(compiler,
                dialect.capabilities().enums() == EnumStorage.NAMED_TYPE);
    }

    public static SchemaComparator forDialect(Dialect dialect, CompareOptions options) {
        return new SchemaComparator(dialect, options, FoldedDefaults.NONE);
    }

    /**
     * This comparator, taking a server default the models write as an expression to be the value the database
     * computed from it when {@code folded} says the database keeps that value for it.
     */
    public SchemaComparator withFoldedDefaults(FoldedDefaults folded) {
        return new SchemaComparator(dialect, options, folded);
    }

    /**
     * The operations that turn {@code actual} (reflected) into {@code wanted} (from the models); the models' names
     * are taken as the database gives back what it stores for them.
     *
     * @throws dev.retort.model.InvalidModelException when the models have an index this database cannot write,
     *     such as one on an expression where the database indexes columns only
     */
    public SchemaDiff compare(DatabaseSchema models, DatabaseSchema actual) {
        DatabaseSchema wanted = new FoldedNames(dialect::foldedName).of(models);
        Plan plan = new Plan();
        Inclusion inclusion = new Inclusion(options.filter());
        Map<QualifiedName, Table> wantedTables = byName(wanted.tables(),
                table -> inclusion.includes(Kind.TABLE, table.name(), table.name().name(), false));
        Map<QualifiedName, Table> actualTables = byName(actual.tables(), table -> inclusion.includes(Kind.TABLE,
                table.name(), table.name().name(), wanted.table(table.name()).isEmpty()));
        WritableIndexes.require(wantedTables.values(), compiler.tables(), inclusion);
        List<Table> created = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        wantedTables.values().stream().filter(table -> !actualTables.containsKey(table.name())).forEach(created::add);
        actualTables.values().stream().filter(table -> !wantedTables.containsKey(table.name())).forEach(dropped::add);
        boolean alterConstraints = dialect.capabilities().alterConstraints();
        TableOrder.Creation creation = TableOrder.creation(created, alterConstraints);
        for (Table table : creation.tables()) {
            plan.createTables.add(new CreateTable(table, false));
            wanted.initialRows(table.name()).ifPresent(rows -> plan.createTables.add(initialInsert(table, rows)));
        }
        plan.addForeignKeys.addAll(creation.laterKeys());
        // Tables whose keys form a cycle are dropped as they would be created, backwards: the keys first.
        TableOrder.Creation dropping = TableOrder.creation(dropped, alterConstraints);
        dropping.laterKeys().forEach(key -> DropConstraint.of(key.table(), key.foreignKey())
                .ifPresent(plan.dropForeignKeys::add));
        List<Table> dropOrder = new ArrayList<>(dropping.tables());
        Collections.reverse(dropOrder);
        dropOrder.forEach(table -> plan.dropTables.add(new DropTable(table.name(), Optional.of(table),
                false)));
        TableComparator tables = new TableComparator(dialect, types, options, plan, folded);
        for (Table table : wantedTables.values()) {
            Table existing = actualTables.get(table.name());
            if (existing != null) {
                tables.compare(table, existing);
            }
        }
        new SchemaObjectComparator(dialect, plan).compare(wanted, actual);
        DiffDescription description = new DiffDescription(compiler::type);
        List<String> differences = plan.operations().stream()
                .flatMap(operation -> operation.accept(description).lines()).toList();
        return new SchemaDiff(BatchGrouping.group(plan.operations(), compiler, actualTables), differences,
                plan.notes, plan.leftOut);
    }

    /** The insert of a new table's initial rows, typed by the table's columns. */
    public static BulkInsert initialInsert(Table table, InitialRows rows) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (rows.rows().stream().anyMatch(row -> row.containsKey(column.name()))) {
                types.put(column.name(), column.type());
            }
        }
        return new BulkInsert(table.name(), types, rows.rows(), true);
    }

    private static Map<QualifiedName, Table> byName(List<Table> tables, Predicate<Table> included) {
        Map<QualifiedName, Table> byName = new LinkedHashMap<>();
        tables.stream().filter(included).forEach(table -> byName.put(table.name(), table));
        return byName;
    }
}
