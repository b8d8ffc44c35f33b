package dev.retort.dialect.ddl;

import dev.retort.dialect.Dialect;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.JsonText;
import dev.retort.op.LiteralRenderer;
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.SqlDialect;
import dev.retort.sql.SqlSplitter;
import dev.retort.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns operations into SQL statements (no terminators) for one database. This class is the ANSI
 * default, after Alembic's {@code ddl/base.py}; each database subclasses it and overrides only what
 * differs. Get one with {@link DdlCompilers#forDialect(Dialect)}.
 *
 * <p>Every identifier goes through the dialect's quoting and every string through its literal rules, so
 * no name or value can splice SQL. Column, constraint and index clauses are written by
 * {@link TableDdl}, alterations of a column by {@link #visitAlterColumn}, types by a {@link TypeCompiler}
 * and literals by a {@link SqlLiterals}, each of which a database may replace.
 */
public class DdlCompiler implements OperationVisitor<List<String>> {
    private final Dialect dialect;
    private final TypeCompiler types;
    private final SqlLiterals literals;
    private final NamedEnumTypes enumTypes = new NamedEnumTypes();

    public DdlCompiler(Dialect dialect) {
        this(dialect, new TypeCompiler(dialect), new SqlLiterals(dialect));
    }

    protected DdlCompiler(Dialect dialect, TypeCompiler types, SqlLiterals literals) {
        this.dialect = dialect;
        this.types = types;
        this.literals = literals;
    }

    /** The statements of {@code operation}, in order; empty when the database has nothing to do. */
    public List<String> compile(Operation operation) {
        return operation.accept(this);
    }

    /** The column type as this database writes it. */
    public String type(ColumnType type) {
        return types.compile(type);
    }

    /**
     * The column type as this database keeps it, in one spelling, lower case: two types with the same stored
     * type are the same column type here ({@code FLOAT} and {@code DOUBLE PRECISION} on PostgreSQL).
     */
    public String storedType(ColumnType type) {
        return types.stored(type(type).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace(", ", ",")
                .replace(" (", "(").strip());
    }

    /** A value as a literal of this database: for rows inserted offline and inline literals. */
    public String literal(Object value) {
        return literals.render(value);
    }

    /** This database's literals as a {@link LiteralRenderer}. */
    public LiteralRenderer literals() {
        return literals;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * What this compiler knows of the named enum types as it compiles a run's operations in order; only a
     * database whose enums are named types (PostgreSQL) reads and changes it.
     */
    public NamedEnumTypes enumTypes() {
        return enumTypes;
    }

    // ---- tables

    @Override
    public List<String> visitCreateTable(CreateTable operation) {
        Table table = operation.table();
        List<String> statements = new ArrayList<>();
        statements.add(tables().createTable(table, condition(operation.ifNotExists(), Conditional.CREATE_TABLE)));
        for (Index index : table.indexes()) {
            statements.add(createIndex(table.name(), index, false, false));
        }
        statements.addAll(commentStatements(table));
        return statements;
    }

    @Override
    public List<String> visitDropTable(DropTable operation) {
        return List.of("DROP TABLE " + condition(operation.ifExists(), Conditional.DROP_TABLE) + table(operation.table()));
    }

    @Override
    public List<String> visitRenameTable(RenameTable operation) {
        return List.of(alterTable(operation.table()) + " RENAME TO " + renamedTable(operation));
    }

    /** The new name in {@code RENAME TO}: unqualified, since the table stays in its schema. */
    protected String renamedTable(RenameTable operation) {
        return name(operation.newName());
    }

    @Override
    public List<String> visitCreateTableComment(CreateTableComment operation) {
        return tableComment(operation.table(), Optional.of(operation.comment()));
    }

    @Override
    public List<String> visitDropTableComment(DropTableComment operation) {
        return tableComment(operation.table(), Optional.empty());
    }

    /** {@code COMMENT ON TABLE t IS '...'} or {@code IS NULL}; nothing where comments are not stored. */
    public List<String> tableComment(QualifiedName table, Optional<String> comment) {
        if (!dialect.capabilities().comments()) {
            return List.of();
        }
        return List.of("COMMENT ON TABLE " + table(table) + " IS " + commentLiteral(comment));
    }

    /** {@code COMMENT ON COLUMN t.c IS '...'} or {@code IS NULL}; nothing where comments are not stored. */
    public List<String> columnComment(QualifiedName table, String column, Optional<String> comment) {
        if (!dialect.capabilities().comments()) {
            return List.of();
        }
        return List.of("COMMENT ON COLUMN " + table(table) + "." + name(column) + " IS " + commentLiteral(comment));
    }

    /** The comments of a new table, as statements after its {@code CREATE TABLE}. */
    protected List<String> commentStatements(Table table) {
        List<String> statements = new ArrayList<>();
        table.comment().ifPresent(comment -> statements.addAll(tableComment(table.name(), Optional.of(comment))));
        for (Column column : table.columns()) {
            column.comment().ifPresent(comment ->
                    statements.addAll(columnComment(table.name(), column.name(), Optional.of(comment))));
        }
        return statements;
    }

    protected String commentLiteral(Optional<String> comment) {
        return comment.map(dialect::literal).orElse("NULL");
    }

    // ---- columns

    @Override
    public List<String> visitAddColumn(AddColumn operation) {
        Column column = operation.column();
        refusePosition(operation.table(), column.name(), operation.position());
        boolean autoincrement = AutoincrementColumns.isAutoincrement(column);
        String definition = tables().columnDefinition(column, autoincrement)
                + tables().enumCheck(column).map(check -> " " + check).orElse("");
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(operation.table()) + " ADD COLUMN "
                + condition(operation.ifNotExists(), Conditional.ADD_COLUMN) + definition);
        statements.addAll(inlineConstraints(operation.table(), column));
        column.comment().ifPresent(comment ->
                statements.addAll(columnComment(operation.table(), column.name(), Optional.of(comment))));
        return statements;
    }

    /** The primary key, unique constraint and foreign key written on an added column, as separate statements. */
    protected List<String> inlineConstraints(QualifiedName table, Column column) {
        List<Constraint> constraints = new ArrayList<>();
        if (column.inline().primaryKey()) {
            constraints.add(PrimaryKey.of(column.name()));
        }
        if (column.inline().unique()) {
            constraints.add(new UniqueConstraint(Optional.empty(), List.of(column.name())));
        }
        column.inline().references().ifPresent(constraints::add);
        return constraints.stream().map(constraint -> addConstraint(table, constraint)).toList();
    }

    @Override
    public List<String> visitDropColumn(DropColumn operation) {
        return List.of(alterTable(operation.table()) + " DROP COLUMN "
                + condition(operation.ifExists(), Conditional.DROP_COLUMN) + name(operation.column()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn operation) {
        refusePosition(operation.table(), operation.column(), operation.change().position());
        return alterations().compile(operation);
    }

    /**
     * Refuses a column position here, where the table is changed in place: only a batch that rebuilds the
     * table places a column (Alembic: "Can't specify insert_before or insert_after when using ALTER").
     */
    protected void refusePosition(QualifiedName table, String column, Optional<ColumnPosition> position) {
        position.ifPresent(place -> {
            throw new UnsupportedOperationForDialectException(dialect.name(), "column position without a rebuild",
                    "Column " + column + " of table " + table + " cannot be placed "
                            + place.placement().name().toLowerCase(Locale.ROOT) + " " + place.column() + ": "
                            + displayName() + " changes the table in place (ALTER TABLE), which leaves the columns "
                            + "where they are. " + positionAdvice());
        });
    }

    /** What to do instead of giving a column a position where the table is not rebuilt. */
    protected String positionAdvice() {
        return "Only SQLite rebuilds tables (in batchAlterTable); leave the position out, or give it only when "
                + "op.dialectName() is \"sqlite\"";
    }

    // ---- indexes

    @Override
    public List<String> visitCreateIndex(CreateIndex operation) {
        return List.of(createIndex(operation.table(), operation.index(), operation.ifNotExists(),
                operation.concurrently()));
    }

    /**
     * {@code CREATE [UNIQUE] [kind] INDEX [IF NOT EXISTS] name ON table [USING method] (elements) [trailer]}:
     * every index, whether created on its own, with its table or when a batch rebuilds the table, is written
     * here, with the database's {@link #indexOptions options} read once.
     */
    protected String createIndex(QualifiedName table, Index index, boolean ifNotExists, boolean concurrently) {
        String indexName = index.name().orElseThrow(() -> new UnsupportedOperationForDialectException(dialect.name(),
                "unnamed index", "An index on " + table + " has no name; name it so that it can be created "
                        + "and dropped later"));
        IndexOptions options = indexOptions(index);
        return "CREATE " + (index.unique() ? "UNIQUE " : "") + indexKind(index, options) + "INDEX "
                + concurrently(concurrently) + condition(ifNotExists, Conditional.CREATE_INDEX)
                + indexName(table, indexName) + " ON " + indexTable(table) + indexMethod(options) + " ("
                + indexElements(index, options) + ")" + indexTrailer(index, options);
    }

    /** The options of {@code index} this database reads; refuses one under its prefix that it does not know. */
    public IndexOptions indexOptions(Index index) {
        return new IndexOptions(index, this, indexOptionPrefixes(), knownIndexOptions());
    }

    /** The prefixes of this database's index options, the one that wins last: by default its name. */
    protected List<String> indexOptionPrefixes() {
        return List.of(dialect.name());
    }

    /** The index options this database knows, without prefix; by default none. */
    protected Set<String> knownIndexOptions() {
        return Set.of();
    }

    /** What comes between {@code CREATE [UNIQUE] } and {@code INDEX}, such as MySQL's {@code FULLTEXT }. */
    protected String indexKind(Index index, IndexOptions options) {
        return "";
    }

    /** {@code CONCURRENTLY } where the database builds indexes without locking; ignored elsewhere, as Alembic does. */
    protected String concurrently(boolean concurrently) {
        return "";
    }

    /** The index's name in {@code CREATE INDEX}: unqualified, as the index lives beside its table. */
    protected String indexName(QualifiedName table, String index) {
        return name(index);
    }

    protected String indexTable(QualifiedName table) {
        return table(table);
    }

    /** {@code  USING method} before the elements, where the database has index methods there. */
    protected String indexMethod(IndexOptions options) {
        return "";
    }

    /** The index's columns and expressions, comma-separated. */
    protected String indexElements(Index index, IndexOptions options) {
        return tables().indexElements(index);
    }

    /** What follows the elements: {@code  WHERE condition} of a partial index, by default. */
    protected String indexTrailer(Index index, IndexOptions options) {
        return tables().indexWhere(index);
    }

    @Override
    public List<String> visitDropIndex(DropIndex operation) {
        return List.of("DROP INDEX " + concurrently(operation.concurrently())
                + condition(operation.ifExists(), Conditional.DROP_INDEX) + table(operation.index()));
    }

    // ---- constraints

    @Override
    public List<String> visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return List.of(addConstraint(operation.table(), operation.primaryKey()));
    }

    @Override
    public List<String> visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return List.of(addConstraint(operation.table(), operation.constraint()));
    }

    @Override
    public List<String> visitCreateForeignKey(CreateForeignKey operation) {
        return List.of(addConstraint(operation.table(), operation.foreignKey()));
    }

    @Override
    public List<String> visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return List.of(addConstraint(operation.table(), operation.constraint()));
    }

    /** {@code ALTER TABLE t ADD [CONSTRAINT name] ...}. */
    protected String addConstraint(QualifiedName table, Constraint constraint) {
        requireAlterConstraints();
        return alterTable(table) + " ADD " + tables().constraintDefinition(constraint);
    }

    @Override
    public List<String> visitDropConstraint(DropConstraint operation) {
        requireAlterConstraints();
        return List.of(alterTable(operation.table()) + " DROP CONSTRAINT "
                + condition(operation.ifExists(), Conditional.DROP_CONSTRAINT) + name(operation.name()));
    }

    /** Refuses to add or drop a constraint where the database cannot, pointing to batch mode. */
    protected void requireAlterConstraints() {
        if (!dialect.capabilities().alterConstraints()) {
            throw new UnsupportedOperationForDialectException(dialect.name(), "ALTER of constraints",
                    "No support for ALTER of constraints in " + displayName() + " dialect. "
                            + UnsupportedOperationForDialectException.SQLITE_BATCH_ADVICE);
        }
    }

    // ---- sequences

    /**
     * {@code CREATE SEQUENCE [IF NOT EXISTS] name [INCREMENT BY i] [MINVALUE m] [MAXVALUE x] [START WITH s]
     * [CYCLE]}, each number only where it differs from the database's default.
     */
    @Override
    public List<String> visitCreateSequence(CreateSequence operation) {
        Sequence sequence = operation.sequence();
        requireSequences(sequence.name());
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ")
                .append(condition(operation.ifNotExists(), Conditional.CREATE_SEQUENCE))
                .append(table(sequence.name()));
        sequence.increment().ifPresent(value -> sql.append(" INCREMENT BY ").append(value));
        sequence.minValue().ifPresent(value -> sql.append(" MINVALUE ").append(value));
        sequence.maxValue().ifPresent(value -> sql.append(" MAXVALUE ").append(value));
        sequence.start().ifPresent(value -> sql.append(" START WITH ").append(value));
        if (sequence.cycle()) {
            sql.append(" CYCLE");
        }
        return List.of(sql.toString());
    }

    /**
     * {@code ALTER SEQUENCE name [INCREMENT BY i] [MINVALUE m | NO MINVALUE] [MAXVALUE x | NO MAXVALUE]
     * [START WITH s] [CYCLE | NO CYCLE]}: with the existing definition, the numbers that differ from it, a
     * number back at its default written as that default; without it, the numbers the sequence sets. The
     * start is written whenever it or a bound changes, as a bound may move the default start.
     */
    @Override
    public List<String> visitAlterSequence(AlterSequence operation) {
        Sequence sequence = operation.sequence();
        requireSequences(sequence.name());
        Optional<Sequence> existing = operation.existing();
        StringBuilder sql = new StringBuilder("ALTER SEQUENCE ").append(table(sequence.name()));
        int statementStart = sql.length();
        if (differs(sequence.increment(), existing.map(Sequence::increment))) {
            sql.append(" INCREMENT BY ").append(sequence.increment().orElse(1));
        }
        if (differs(sequence.minValue(), existing.map(Sequence::minValue))) {
            sql.append(sequence.minValue().isPresent() ? " MINVALUE " + sequence.minValue().getAsLong() : " NO MINVALUE");
        }
        if (differs(sequence.maxValue(), existing.map(Sequence::maxValue))) {
            sql.append(sequence.maxValue().isPresent() ? " MAXVALUE " + sequence.maxValue().getAsLong() : " NO MAXVALUE");
        }
        boolean boundsMoved = existing.filter(old -> !old.minValue().equals(sequence.minValue())
                || !old.maxValue().equals(sequence.maxValue()) || !old.increment().equals(sequence.increment()))
                .isPresent();
        if (differs(sequence.start(), existing.map(Sequence::start)) || boundsMoved) {
            sql.append(" START WITH ").append(effectiveStart(sequence));
        }
        if (existing.map(old -> old.cycle() != sequence.cycle()).orElse(sequence.cycle())) {
            sql.append(sequence.cycle() ? " CYCLE" : " " + noCycle());
        }
        return sql.length() == statementStart ? List.of() : List.of(sql.toString());
    }

    /** The keyword that stops a sequence from cycling. */
    protected String noCycle() {
        return "NO CYCLE";
    }

    private static boolean differs(OptionalLong wanted, Optional<OptionalLong> existing) {
        return existing.map(old -> !old.equals(wanted)).orElse(wanted.isPresent());
    }

    /** The start, or where the database starts by default: the lower bound going up, the upper going down. */
    private static long effectiveStart(Sequence sequence) {
        if (sequence.start().isPresent()) {
            return sequence.start().getAsLong();
        }
        return sequence.increment().orElse(1) > 0 ? sequence.minValue().orElse(1) : sequence.maxValue().orElse(-1);
    }

    @Override
    public List<String> visitDropSequence(DropSequence operation) {
        requireSequences(operation.name());
        return List.of("DROP SEQUENCE " + condition(operation.ifExists(), Conditional.DROP_SEQUENCE)
                + table(operation.name()));
    }

    /** Refuses a sequence where the database has none, pointing to what serves instead. */
    protected void requireSequences(QualifiedName sequence) {
        if (!dialect.capabilities().sequences()) {
            throw new UnsupportedOperationForDialectException(dialect.name(), "sequences", "The " + displayName()
                    + " dialect has no sequences, so sequence " + sequence + " cannot be created or dropped; number "
                    + "rows with an autoincrement column instead, or leave the sequence out of the models for this "
                    + "database");
        }
    }

    // ---- data and SQL

    @Override
    public List<String> visitExecute(Execute operation) {
        return List.of(operation.sql());
    }

    /**
     * The statements of {@code operation}'s SQL, split as {@code client} splits a script, each to run alone; one
     * statement keeps its text exactly as given.
     */
    protected static List<String> eachStatement(Execute operation, SqlDialect client) {
        List<SqlStatement> statements = SqlSplitter.split(operation.sql(), client);
        if (statements.size() <= 1) {
            return List.of(operation.sql());
        }
        return statements.stream().map(SqlStatement::sql).toList();
    }

    /** One {@code INSERT} per row, values as literals: the offline form. */
    @Override
    public List<String> visitBulkInsert(BulkInsert operation) {
        List<String> statements = new ArrayList<>();
        for (Map<String, Object> row : operation.rows()) {
            String into = "INSERT INTO " + table(operation.table());
            if (row.isEmpty()) {
                statements.add(into + " " + defaultValues());
            } else {
                statements.add(into + " (" + columns(List.copyOf(row.keySet())) + ") VALUES ("
                        + row.entrySet().stream()
                                .map(value -> literal(value.getValue(), operation.columnTypes().get(value.getKey())))
                                .collect(Collectors.joining(", ")) + ")");
            }
        }
        return statements;
    }

    /**
     * A value inserted into a column of {@code type} (null when the insert gives no types): its literal, a
     * JSON document (a map or list, which {@link BulkInsert} lets only into a JSON column) as the literal
     * of its text, unless the database reads that literal as another kind of value for that type.
     */
    protected String literal(Object value, ColumnType type) {
        if (value instanceof List<?> elements && type instanceof ColumnType.ArrayType) {
            return arrayLiteral(elements);
        }
        return literal(isJsonText(value, type) ? JsonText.write(value) : value);
    }

    /** The values of an array column, {@code ARRAY[1, 2]}; a list in it is an inner dimension. */
    protected String arrayLiteral(List<?> elements) {
        return elements.stream().map(element -> element instanceof List<?> inner ? arrayLiteral(inner)
                : literal(element)).collect(Collectors.joining(", ", "ARRAY[", "]"));
    }

    /**
     * Whether the value goes into the column as JSON text: a document, or a number or boolean for a JSON column
     * (the JSON value, as SQLAlchemy writes it; a string is taken as JSON text already).
     */
    protected static boolean isJsonText(Object value, ColumnType type) {
        return JsonText.isDocument(value) || type != null && JsonText.holdsJson(type)
                && (value instanceof Number || value instanceof Boolean);
    }

    /** How a row of nothing but defaults is inserted. */
    protected String defaultValues() {
        return "DEFAULT VALUES";
    }

    /**
     * Whether {@code ALTER TABLE ... DROP COLUMN} can drop {@code column} from {@code table} as it is: SQLite's
     * cannot drop a column that a key, an index, a check or a generated column names (a batch rebuild can).
     */
    public boolean dropsColumnInPlace(Table table, String column) {
        return true;
    }

    /**
     * Whether the batch runs as its operations' own statements, one after the other, rather than rebuilding
     * its table: then its statements are those its operations compile to, in order, and a failure is reported
     * at the line of the operation whose statement failed.
     */
    public boolean altersInPlace(BatchAlterTable batch) {
        return batch.recreate() != BatchAlterTable.Recreate.ALWAYS;
    }

    /**
     * A batch on a database that alters tables in place: the inner operations as plain statements, in
     * order; a partial reordering is ignored, as Alembic ignores it without a rebuild. Only SQLite rebuilds
     * tables, so {@code recreate = always} and column positions are refused.
     */
    @Override
    public List<String> visitBatchAlterTable(BatchAlterTable operation) {
        if (operation.recreate() == BatchAlterTable.Recreate.ALWAYS) {
            throw new UnsupportedOperationForDialectException(dialect.name(), "batch with recreate always",
                    "The batch on table " + operation.table() + " asks to rebuild it (recreateAlways()), but only "
                            + "SQLite rebuilds tables; " + displayName() + " alters them in place. Leave the batch at "
                            + "recreateAuto(), or call recreateAlways() only when op.dialectName() is \"sqlite\"");
        }
        List<String> statements = new ArrayList<>();
        operation.operations().forEach(inner -> statements.addAll(compile(inner)));
        return statements;
    }

    // ---- shared pieces

    /** The writer of column, constraint and index clauses; databases return their own. */
    public TableDdl tables() {
        return new TableDdl(this);
    }

    /** The writer of {@code ALTER COLUMN} statements; databases return their own. */
    protected ColumnAlterations alterations() {
        return new ColumnAlterations(this);
    }

    /** The dialect's name as a person writes it in a message: SQLite, PostgreSQL. */
    public String displayName() {
        return dialect.name();
    }

    /** Whether this database accepts the condition on that statement; by default, as its capabilities say. */
    protected boolean supports(Conditional conditional) {
        return dialect.capabilities().ifExists();
    }

    /** {@code IF EXISTS }, {@code IF NOT EXISTS } or nothing; fails where the database has no such condition. */
    protected String condition(boolean asked, Conditional conditional) {
        if (!asked) {
            return "";
        }
        if (!supports(conditional)) {
            throw new UnsupportedOperationForDialectException(dialect.name(), conditional.sql(), "The "
                    + displayName() + " dialect has no " + conditional.sql() + "; remove the condition, or check "
                    + "for the object in the revision before changing it");
        }
        return conditional.creates() ? "IF NOT EXISTS " : "IF EXISTS ";
    }

    /** {@code ALTER TABLE [schema.]table}. */
    public String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table(table);
    }

    /** A table (index, sequence) name, schema-qualified when it has a schema, each part quoted as needed. */
    public String table(QualifiedName table) {
        return dialect.qualified(table.schema().orElse(null), table.name());
    }

    /** One identifier, quoted as needed. */
    public String name(String identifier) {
        return dialect.quote(identifier);
    }

    /** Identifiers, quoted and comma-separated. */
    public String columns(List<String> names) {
        return names.stream().map(this::name).collect(Collectors.joining(", "));
    }
}
