package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;
import static dev.retort.autogenerate.render.JavaCode.text;
import static dev.retort.autogenerate.render.SchemaSource.prepend;
import static dev.retort.autogenerate.render.SchemaSource.texts;

import dev.retort.autogenerate.render.JavaCode.Call;
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
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One operation as the {@code op.*} call that records it ({@link dev.retort.op.RecordingOperations} read
 * backwards), or as the {@code batch.*} call inside a batch. Where the facade cannot say everything an
 * operation holds (such as {@code IF EXISTS} together with the definition of what is dropped), the call
 * comes as near as it can and {@link #gaps()} says what it leaves out.
 */
final class OperationSource implements OperationVisitor<JavaCode> {
    private static final int NO_TABLE = -1;

    private final SchemaSource schema;
    private final JavaBodies bodies;
    private final boolean inBatch;
    private final List<String> gaps = new ArrayList<>();

    OperationSource(SchemaSource schema, JavaBodies bodies, boolean inBatch) {
        this.schema = schema;
        this.bodies = bodies;
        this.inBatch = inBatch;
    }

    /** The call for {@code operation}; {@link #gaps()} then lists what it could not say. */
    JavaCode render(Operation operation) {
        gaps.clear();
        return operation.accept(this);
    }

    List<String> gaps() {
        return List.copyOf(gaps);
    }

    @Override
    public JavaCode visitCreateTable(CreateTable operation) {
        Table table = operation.table();
        if (table.comment().isPresent()) {
            if (operation.ifNotExists()) {
                gap("createTableIfNotExists cannot give table " + table.name() + " its comment; the table below is "
                        + "created without IF NOT EXISTS");
            }
            return invoke(table.name(), "createTable", NO_TABLE, List.of(schema.table(table, false)));
        }
        List<JavaCode> arguments = prepend(text(table.name().name()), schema.elements(table));
        String method = operation.ifNotExists() ? "createTableIfNotExists" : "createTable";
        return onOp(table.name(), JavaCode.callWithElements(method, arguments));
    }

    @Override
    public JavaCode visitDropTable(DropTable operation) {
        QualifiedName table = operation.table();
        if (operation.existing().isPresent()) {
            if (operation.ifExists()) {
                gap("dropTable cannot say IF EXISTS together with the definition of table " + table
                        + "; the drop below has no IF EXISTS");
            }
            return invoke(table, "dropTable", NO_TABLE, List.of(schema.table(operation.existing().get(), false)));
        }
        return invoke(table, operation.ifExists() ? "dropTableIfExists" : "dropTable", 0, List.of());
    }

    @Override
    public JavaCode visitRenameTable(RenameTable operation) {
        return invoke(operation.table(), "renameTable", 0, List.of(text(operation.newName())));
    }

    @Override
    public JavaCode visitCreateTableComment(CreateTableComment operation) {
        List<JavaCode> arguments = new ArrayList<>(List.of(text(operation.comment())));
        operation.existingComment().ifPresent(existing -> arguments.add(text(existing)));
        return invoke(operation.table(), "createTableComment", 0, arguments);
    }

    @Override
    public JavaCode visitDropTableComment(DropTableComment operation) {
        List<JavaCode> arguments = operation.existingComment().<List<JavaCode>>map(existing -> List.of(text(existing)))
                .orElse(List.of());
        return invoke(operation.table(), "dropTableComment", 0, arguments);
    }

    @Override
    public JavaCode visitAddColumn(AddColumn operation) {
        List<JavaCode> arguments = new ArrayList<>(List.of(schema.column(operation.column())));
        String name = operation.column().name();
        if (operation.ifNotExists() && inBatch) {
            gap("a batch cannot add column " + name + " IF NOT EXISTS; it is added plainly");
        }
        operation.position().ifPresent(position -> {
            if (inBatch) {
                String placement = position.placement() == ColumnPosition.Placement.BEFORE ? "before" : "after";
                arguments.add(call(placement, text(position.column())));
            } else {
                gap("only a batch places an added column; the position of " + name + " is left out");
            }
        });
        String method = operation.ifNotExists() && !inBatch ? "addColumnIfNotExists" : "addColumn";
        return invoke(operation.table(), method, 0, arguments);
    }

    @Override
    public JavaCode visitDropColumn(DropColumn operation) {
        if (operation.ifExists() && (inBatch || operation.existing().isPresent())) {
            gap("dropColumn cannot say IF EXISTS " + (inBatch ? "in a batch" : "together with the definition of "
                    + "the column") + "; the drop of " + operation.column() + " below has no IF EXISTS");
        }
        if (operation.existing().isPresent()) {
            return invoke(operation.table(), "dropColumn", 0, List.of(schema.column(operation.existing().get())));
        }
        String method = operation.ifExists() && !inBatch ? "dropColumnIfExists" : "dropColumn";
        return invoke(operation.table(), method, 0, List.of(text(operation.column())));
    }

    @Override
    public JavaCode visitAlterColumn(AlterColumn operation) {
        JavaCode alteration = new JavaCode.Lambda("alter", new AlterationSource(schema).of(operation));
        return invoke(operation.table(), "alterColumn", 0, List.of(text(operation.column()), alteration));
    }

    @Override
    public JavaCode visitCreateIndex(CreateIndex operation) {
        Index index = operation.index();
        boolean options = operation.concurrently() || operation.ifNotExists();
        if (options && inBatch) {
            gap("a batch cannot create index " + index.name().orElse("(unnamed)") + " CONCURRENTLY or IF NOT EXISTS; "
                    + "it is created plainly");
        }
        if (!options || inBatch) {
            boolean plain = index.name().isPresent() && index.columnNames().size() == index.elements().size()
                    && index.equals(Index.on(index.name(), index.columnNames()));
            return plain ? invoke(operation.table(), "createIndex", 1,
                    prepend(text(index.name().get()), texts(index.columnNames())))
                    : invoke(operation.table(), "createIndex", 0, List.of(schema.index(index)));
        }
        List<Call> calls = new ArrayList<>();
        if (operation.concurrently()) {
            calls.add(call("concurrently"));
        }
        if (operation.ifNotExists()) {
            calls.add(call("ifNotExists"));
        }
        JavaCode build = new JavaCode.Lambda("build", new JavaCode.Chain(atom("build"), calls, true));
        return invoke(operation.table(), "createIndex", 0, List.of(schema.index(index), build));
    }

    @Override
    public JavaCode visitDropIndex(DropIndex operation) {
        return new DropIndexSource(this, schema, inBatch).of(operation);
    }

    @Override
    public JavaCode visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return operation.primaryKey().name().isPresent()
                ? invoke(operation.table(), "createPrimaryKey", 1, prepend(text(operation.primaryKey().name().get()),
                        texts(operation.primaryKey().columns())))
                : createConstraint(operation.table(), operation.primaryKey());
    }

    @Override
    public JavaCode visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return operation.constraint().name().isPresent()
                ? invoke(operation.table(), "createUniqueConstraint", 1, prepend(
                        text(operation.constraint().name().get()), texts(operation.constraint().columns())))
                : createConstraint(operation.table(), operation.constraint());
    }

    @Override
    public JavaCode visitCreateForeignKey(CreateForeignKey operation) {
        ForeignKey key = operation.foreignKey();
        QualifiedName table = operation.table();
        if (key.name().isEmpty() || !key.referredTable().schema().equals(table.schema())) {
            return createConstraint(table, key);
        }
        List<JavaCode> arguments = new ArrayList<>(List.of(text(key.name().get()), text(key.referredTable().name()),
                schema.list(texts(key.columns())), schema.list(texts(key.referredColumns()))));
        List<Call> options = schema.foreignKeyOptions(key);
        if (!options.isEmpty()) {
            arguments.add(new JavaCode.Lambda("fk", new JavaCode.Chain(atom("fk"), options, true)));
        }
        return invoke(table, "createForeignKey", 1, arguments);
    }

    @Override
    public JavaCode visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return operation.constraint().name().isPresent()
                ? invoke(operation.table(), "createCheckConstraint", 1, List.of(
                        text(operation.constraint().name().get()), text(operation.constraint().condition())))
                : createConstraint(operation.table(), operation.constraint());
    }

    @Override
    public JavaCode visitDropConstraint(DropConstraint operation) {
        boolean conditional = operation.ifExists() && !inBatch && operation.existing().isEmpty()
                && operation.kind().isPresent();
        if (operation.ifExists() && !conditional) {
            gap("dropConstraint cannot say IF EXISTS " + (inBatch ? "in a batch"
                    : operation.existing().isPresent() ? "with the definition of the constraint" : "without its kind")
                    + "; the drop of " + operation.name() + " below has no IF EXISTS");
        }
        if (operation.existing().isPresent()) {
            return invoke(operation.table(), "dropConstraint", 0, List.of(schema.constraint(operation.existing().get())));
        }
        List<JavaCode> arguments = new ArrayList<>(List.of(text(operation.name())));
        operation.kind().ifPresent(kind -> arguments.add(SchemaSource.kind(kind)));
        return invoke(operation.table(), conditional ? "dropConstraintIfExists" : "dropConstraint", 1, arguments);
    }

    @Override
    public JavaCode visitCreateSequence(CreateSequence operation) {
        Sequence sequence = operation.sequence();
        String method = operation.ifNotExists() ? "createSequenceIfNotExists" : "createSequence";
        return invoke(sequence.name(), method, NO_TABLE, List.of(schema.sequence(sequence)));
    }

    @Override
    public JavaCode visitAlterSequence(AlterSequence operation) {
        List<JavaCode> arguments = new ArrayList<>(List.of(schema.sequence(operation.sequence())));
        operation.existing().ifPresent(existing -> arguments.add(schema.sequence(existing)));
        return invoke(operation.sequence().name(), "alterSequence", NO_TABLE, arguments);
    }

    @Override
    public JavaCode visitDropSequence(DropSequence operation) {
        String method = operation.ifExists() ? "dropSequenceIfExists" : "dropSequence";
        if (operation.existing().isPresent()) {
            return invoke(operation.name(), method, NO_TABLE, List.of(schema.sequence(operation.existing().get())));
        }
        return invoke(operation.name(), method, 0, List.of());
    }

    @Override
    public JavaCode visitExecute(Execute operation) {
        return onOp(Optional.empty(), call("execute", text(operation.sql())));
    }

    @Override
    public JavaCode visitBulkInsert(BulkInsert operation) {
        if (!operation.multiInsert()) {
            gap("bulkInsert always allows several rows per statement; the insert into " + operation.table()
                    + " below does too");
        }
        JavaCode rows = JavaCode.callWithList(schema.listOf(),
                operation.rows().stream().map(schema.values()::row).toList());
        if (operation.columnTypes().isEmpty()) {
            return invoke(operation.table(), "bulkInsert", 0, List.of(rows));
        }
        List<Column> columns = operation.columnTypes().entrySet().stream()
                .map(entry -> Column.of(entry.getKey(), entry.getValue())).toList();
        Table table = Table.of(operation.table(), columns);
        return invoke(operation.table(), "bulkInsert", NO_TABLE, List.of(schema.table(table, false), rows));
    }

    @Override
    public JavaCode visitBatchAlterTable(BatchAlterTable operation) {
        List<JavaStatement> statements = new ArrayList<>();
        switch (operation.recreate()) {
            case ALWAYS -> statements.add(batchSetting(call("recreateAlways")));
            case NEVER -> statements.add(batchSetting(call("recreateNever")));
            default -> { }
        }
        operation.copyFrom().ifPresent(table -> statements.add(batchSetting(call("copyFrom",
                schema.table(table, false)))));
        operation.partialReordering().forEach(order -> statements.add(batchSetting(call("partialReordering",
                texts(order)))));
        statements.addAll(bodies.batchStatements(operation.operations()));
        JavaCode body = new JavaCode.Block("batch", statements);
        return invoke(operation.table(), "batchAlterTable", 0, List.of(body));
    }

    private static JavaStatement batchSetting(Call call) {
        return new JavaStatement(List.of(), new JavaCode.Chain(atom("batch"), List.of(call), false));
    }

    private JavaCode createConstraint(QualifiedName table, Constraint constraint) {
        return invoke(table, "createConstraint", 0, List.of(schema.constraint(constraint)));
    }

    void gap(String text) {
        gaps.add(text);
    }

    /**
     * {@code op.method(arguments)} with the table's name inserted at {@code tableIndex} (none for
     * {@link #NO_TABLE}), on {@code op.schema("s")} for a table in a schema; {@code batch.method(arguments)}
     * in a batch.
     */
    JavaCode invoke(QualifiedName table, String method, int tableIndex, List<JavaCode> arguments) {
        if (inBatch) {
            return new JavaCode.Chain(atom("batch"), List.of(call(method, arguments)), false);
        }
        List<JavaCode> all = new ArrayList<>(arguments);
        if (tableIndex != NO_TABLE) {
            all.add(tableIndex, text(table.name()));
        }
        return onOp(table, call(method, all));
    }

    private static JavaCode onOp(QualifiedName table, Call call) {
        return onOp(table.schema(), call);
    }

    private static JavaCode onOp(Optional<String> schemaName, Call call) {
        List<Call> calls = new ArrayList<>();
        schemaName.ifPresent(name -> calls.add(call("schema", text(name))));
        calls.add(call);
        return new JavaCode.Chain(atom("op"), calls, false);
    }
}
