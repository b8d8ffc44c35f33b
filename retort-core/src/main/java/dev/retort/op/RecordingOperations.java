package dev.retort.op;

import dev.retort.api.BatchOperations;
import dev.retort.api.ColumnAlteration;
import dev.retort.api.IndexCreation;
import dev.retort.api.IndexRemoval;
import dev.retort.api.Operations;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Names;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableElement;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.SqlDialect;
import dev.retort.sql.TransactionEffect;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The {@link Operations} a revision runs against: each call appends its {@link Operation} value, in
 * order, to {@link #operations()}, which the runtime compiles for the active database and executes or
 * writes. Views made by {@link #schema(String)} record into the same list.
 */
public final class RecordingOperations implements Operations {
    private final List<Operation> recorded;
    private final Settings settings;
    /** Shared with the views of {@link #schema(String)}, as {@code recorded} is. */
    private final CallSites callSites;
    private final Optional<String> schema;
    /** Shared with the views of {@link #schema(String)}, as {@code recorded} is. */
    private final boolean[] inAutocommitBlock;

    /**
     * How the revision is being run: offline or not, the {@code -x} arguments, the {@code --tag}
     * argument, how the active database writes literals, its dialect's name, and how to reach its
     * connection.
     */
    public record Settings(boolean offline, Map<String, String> xArguments, Optional<String> tag,
            LiteralRenderer literals, String dialectName, ConnectionAccess connections) {
        /** The dialect name of operations recorded for no database in particular (Alembic's too). */
        public static final String NO_DIALECT = "default";

        public Settings {
            xArguments = Map.copyOf(xArguments);
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(literals, "literals");
            Objects.requireNonNull(dialectName, "dialectName");
            Objects.requireNonNull(connections, "connections");
        }

        /** Online, no arguments, no tag, standard SQL literals, no database to connect to. */
        public static Settings online() {
            return new Settings(false, Map.of(), Optional.empty(), LiteralRenderer.standard(), NO_DIALECT,
                    ConnectionAccess.none("these operations are recorded, not run on a database"));
        }
    }

    /** Recording online, with no {@code -x} arguments and standard SQL literals, for no database. */
    public RecordingOperations() {
        this(Settings.online());
    }

    public RecordingOperations(Settings settings) {
        this(settings, CallSites.unknown());
    }

    /** Recording as {@code settings} say, each operation's line kept in {@code callSites}. */
    public RecordingOperations(Settings settings, CallSites callSites) {
        this(new ArrayList<>(), Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(callSites,
                "callSites"), Optional.empty(), new boolean[1]);
    }

    private RecordingOperations(List<Operation> recorded, Settings settings, CallSites callSites,
            Optional<String> schema, boolean[] inAutocommitBlock) {
        this.recorded = recorded;
        this.settings = settings;
        this.callSites = callSites;
        this.schema = schema;
        this.inAutocommitBlock = inAutocommitBlock;
    }

    /**
     * The operations recorded so far, in call order; a call to {@link #connection()} hands those before it
     * to the runtime, which runs them, so they are not here.
     */
    public List<Operation> operations() {
        return List.copyOf(recorded);
    }

    @Override
    public void createTable(String name, TableElement... elements) {
        record(new CreateTable(Table.of(qualified(name), List.of(elements)), false));
    }

    @Override
    public void createTable(Table table) {
        record(new CreateTable(inSchema(table), false));
    }

    @Override
    public void createTableIfNotExists(String name, TableElement... elements) {
        record(new CreateTable(Table.of(qualified(name), List.of(elements)), true));
    }

    @Override
    public void dropTable(String name) {
        record(new DropTable(qualified(name), Optional.empty(), false));
    }

    @Override
    public void dropTable(Table existing) {
        Table table = inSchema(existing);
        record(new DropTable(table.name(), Optional.of(table), false));
    }

    @Override
    public void dropTableIfExists(String name) {
        record(new DropTable(qualified(name), Optional.empty(), true));
    }

    @Override
    public void renameTable(String oldName, String newName) {
        record(new RenameTable(qualified(oldName), newName));
    }

    @Override
    public void createTableComment(String table, String comment) {
        record(new CreateTableComment(qualified(table), comment, Optional.empty()));
    }

    @Override
    public void createTableComment(String table, String comment, String existingComment) {
        record(new CreateTableComment(qualified(table), comment, Optional.ofNullable(existingComment)));
    }

    @Override
    public void dropTableComment(String table) {
        record(new DropTableComment(qualified(table), Optional.empty()));
    }

    @Override
    public void dropTableComment(String table, String existingComment) {
        record(new DropTableComment(qualified(table), Optional.ofNullable(existingComment)));
    }

    @Override
    public void addColumn(String table, Column column) {
        record(AddColumn.of(qualified(table), column));
    }

    @Override
    public void addColumnIfNotExists(String table, Column column) {
        record(new AddColumn(qualified(table), column, true, Optional.empty()));
    }

    @Override
    public void dropColumn(String table, String column) {
        record(new DropColumn(qualified(table), column, Optional.empty(), false));
    }

    @Override
    public void dropColumn(String table, Column existing) {
        record(new DropColumn(qualified(table), existing.name(), Optional.of(existing), false));
    }

    @Override
    public void dropColumnIfExists(String table, String column) {
        record(new DropColumn(qualified(table), column, Optional.empty(), true));
    }

    @Override
    public void alterColumn(String table, String column, Consumer<ColumnAlteration> alteration) {
        ColumnAlterationBuilder builder = new ColumnAlterationBuilder();
        alteration.accept(builder);
        record(builder.build(qualified(table), column));
    }

    @Override
    public void createPrimaryKey(String name, String table, String... columns) {
        record(new CreatePrimaryKey(qualified(table), new PrimaryKey(Optional.of(name), List.of(columns))));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        record(new CreateUniqueConstraint(qualified(table), new UniqueConstraint(Optional.of(name), List.of(columns))));
    }

    @Override
    public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns) {
        createForeignKey(name, sourceTable, referentTable, localColumns, remoteColumns, UnaryOperator.identity());
    }

    @Override
    public void createForeignKey(String name, String sourceTable, String referentTable, List<String> localColumns,
            List<String> remoteColumns, UnaryOperator<ForeignKey> options) {
        ForeignKey plain = ForeignKey.of(Optional.of(name), localColumns, qualified(referentTable), remoteColumns);
        ForeignKey foreignKey = Objects.requireNonNull(options.apply(plain), "foreign key options returned null");
        record(new CreateForeignKey(qualified(sourceTable), foreignKey));
    }

    @Override
    public void createCheckConstraint(String name, String table, String condition) {
        record(new CreateCheckConstraint(qualified(table), new CheckConstraint(Optional.of(name), condition)));
    }

    @Override
    public void createConstraint(String table, Constraint constraint) {
        record(DropConstraint.creating(qualified(table), constraint));
    }

    @Override
    public void dropConstraint(String name, String table) {
        record(new DropConstraint(qualified(table), name, Optional.empty(), Optional.empty(), false));
    }

    @Override
    public void dropConstraint(String name, String table, ConstraintKind kind) {
        record(new DropConstraint(qualified(table), name, Optional.of(kind), Optional.empty(), false));
    }

    @Override
    public void dropConstraintIfExists(String name, String table, ConstraintKind kind) {
        record(new DropConstraint(qualified(table), name, Optional.of(kind), Optional.empty(), true));
    }

    @Override
    public void dropConstraint(String table, Constraint existing) {
        String name = existing.name().orElseThrow(() -> new SchemaDefinitionException(
                "drop_constraint on " + qualified(table), "an unnamed constraint cannot be dropped by name"));
        record(new DropConstraint(qualified(table), name, Optional.of(existing.kind()), Optional.of(existing), false));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        record(CreateIndex.of(qualified(table), Index.on(Optional.of(name), List.of(columns))));
    }

    @Override
    public void createIndex(String table, Index index) {
        record(CreateIndex.of(qualified(table), index));
    }

    @Override
    public void createIndex(String table, Index index, Consumer<IndexCreation> options) {
        IndexStatementOptions.Creation creation = new IndexStatementOptions.Creation();
        options.accept(creation);
        record(creation.build(qualified(table), index));
    }

    @Override
    public void dropIndex(String name) {
        record(new DropIndex(qualified(name), Optional.empty(), Optional.empty(), false, false));
    }

    @Override
    public void dropIndex(String name, String table) {
        record(new DropIndex(qualified(name), Optional.of(table), Optional.empty(), false, false));
    }

    @Override
    public void dropIndex(String table, Index existing) {
        String name = existing.name().orElseThrow(() -> new SchemaDefinitionException(
                "drop_index on " + qualified(table), "an unnamed index cannot be dropped by name"));
        record(new DropIndex(qualified(name), Optional.of(table), Optional.of(existing), false, false));
    }

    @Override
    public void dropIndex(String name, String table, Consumer<IndexRemoval> options) {
        IndexStatementOptions.Removal removal = new IndexStatementOptions.Removal();
        options.accept(removal);
        record(removal.build(qualified(name), table));
    }

    @Override
    public void createSequence(Sequence sequence) {
        record(new CreateSequence(inSchema(sequence), false));
    }

    @Override
    public void createSequenceIfNotExists(Sequence sequence) {
        record(new CreateSequence(inSchema(sequence), true));
    }

    @Override
    public void alterSequence(Sequence sequence) {
        record(new AlterSequence(inSchema(sequence), Optional.empty()));
    }

    @Override
    public void alterSequence(Sequence sequence, Sequence existing) {
        record(new AlterSequence(inSchema(sequence), Optional.of(inSchema(existing))));
    }

    @Override
    public void dropSequence(String name) {
        record(new DropSequence(qualified(name), Optional.empty(), false));
    }

    @Override
    public void dropSequence(Sequence existing) {
        Sequence sequence = inSchema(existing);
        record(new DropSequence(sequence.name(), Optional.of(sequence), false));
    }

    @Override
    public void dropSequenceIfExists(String name) {
        record(new DropSequence(qualified(name), Optional.empty(), true));
    }

    @Override
    public void dropSequenceIfExists(Sequence existing) {
        Sequence sequence = inSchema(existing);
        record(new DropSequence(sequence.name(), Optional.of(sequence), true));
    }

    @Override
    public void execute(String sql) {
        if (!inAutocommitBlock[0] && sql != null && controlsTransaction(sql)) {
            throw new IllegalArgumentException("op.execute(\"" + sql.strip() + "\") controls the transaction,"
                    + " which retort runs the revision in together with its version-table change, so that a"
                    + " failure leaves nothing behind; leave it out, or run the statements that must not be in a"
                    + " transaction inside op.autocommitBlock(() -> ...)");
        }
        record(new Execute(sql));
    }

    /** Whether {@code sql}, one statement or several, begins, commits or rolls back a transaction. */
    private boolean controlsTransaction(String sql) {
        if (settings.dialectName().equals(Settings.NO_DIALECT)) {
            return TransactionEffect.of(sql).controlsTransaction();
        }
        SqlDialect dialect = SqlDialect.of(settings.dialectName());
        // A mysql:// URL may be served by MariaDB, which also runs what its /*M! ... */ comments hold.
        return TransactionEffect.anyControlsTransaction(sql, dialect) || dialect == SqlDialect.MYSQL
                && TransactionEffect.anyControlsTransaction(sql, SqlDialect.MARIADB);
    }

    @Override
    public void bulkInsert(String table, List<Map<String, Object>> rows) {
        record(new BulkInsert(qualified(table), Map.of(), rows, true));
    }

    @Override
    public void bulkInsert(Table table, List<Map<String, Object>> rows) {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        table.columns().forEach(column -> types.put(column.name(), column.type()));
        record(new BulkInsert(inSchema(table).name(), types, rows, true));
    }

    @Override
    public String inlineLiteral(Object value) {
        return settings.literals().render(value);
    }

    @Override
    public void batchAlterTable(String table, Consumer<BatchOperations> body) {
        RecordingBatch batch = new RecordingBatch(qualified(table), callSites);
        body.accept(batch);
        record(batch.build());
    }

    @Override
    public Operations schema(String schemaName) {
        return new RecordingOperations(recorded, settings, callSites,
                Optional.of(Names.require(schemaName, "schema")), inAutocommitBlock);
    }

    @Override
    public Optional<String> xArgument(String key) {
        return Optional.ofNullable(settings.xArguments().get(key));
    }

    @Override
    public Map<String, String> xArguments() {
        return settings.xArguments();
    }

    @Override
    public Optional<String> tag() {
        return settings.tag();
    }

    @Override
    public boolean isOffline() {
        return settings.offline();
    }

    @Override
    public String dialectName() {
        return settings.dialectName();
    }

    /**
     * Hands the operations recorded so far to the runtime to execute, then returns its connection, which runs
     * those recorded later before it is used again.
     */
    @Override
    public Connection connection() {
        return settings.connections().connection(this::takeRecorded);
    }

    @Override
    public void autocommitBlock(Runnable block) {
        Objects.requireNonNull(block, "block");
        if (inAutocommitBlock[0]) {
            throw new IllegalStateException("autocommitBlock inside an autocommitBlock: its operations already run"
                    + " outside the transaction");
        }
        List<Operation> before = takeRecorded();
        inAutocommitBlock[0] = true;
        try {
            if (!settings.connections().runOutsideTransaction(before, block, this::takeRecorded)) {
                List<Operation> inside = takeRecorded();
                recorded.addAll(before);
                recorded.addAll(inside);
            }
        } finally {
            inAutocommitBlock[0] = false;
        }
    }

    private List<Operation> takeRecorded() {
        List<Operation> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    private void record(Operation operation) {
        recorded.add(operation);
        callSites.recorded(operation);
    }

    private QualifiedName qualified(String name) {
        return QualifiedName.of(schema, name);
    }

    private Table inSchema(Table table) {
        return schema.isPresent() && table.name().schema().isEmpty() ? table.withName(qualified(table.name().name()))
                : table;
    }

    private Sequence inSchema(Sequence sequence) {
        Objects.requireNonNull(sequence, "sequence");
        return schema.isPresent() && sequence.name().schema().isEmpty()
                ? sequence.withName(qualified(sequence.name().name())) : sequence;
    }
}
