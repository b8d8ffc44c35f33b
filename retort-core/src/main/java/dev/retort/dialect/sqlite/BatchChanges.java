package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
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
import dev.retort.schema.Identity;
import dev.retort.schema.Constraint;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Optional;

/** Applies a batch's inner operations to the {@link BatchTable} that will be built. */
final class BatchChanges implements OperationVisitor<Void> {
    private static final Dialect SQLITE = Dialects.named("sqlite");
    private final BatchTable table;

    BatchChanges(BatchTable table) {
        this.table = table;
    }

    @Override
    public Void visitAddColumn(AddColumn operation) {
        Column column = operation.column();
        table.add(column.withoutInlineConstraints(), operation.position());
        if (column.inline().primaryKey()) {
            addKey(PrimaryKey.of(column.name()));
        }
        if (column.inline().unique()) {
            table.constraints.add(new UniqueConstraint(Optional.empty(), List.of(column.name())));
        }
        column.inline().references().ifPresent(table.constraints::add);
        return null;
    }

    @Override
    public Void visitDropColumn(DropColumn operation) {
        int index = table.indexOf(operation.column());
        table.slots.remove(index);
        table.removed.add(operation.column());
        return null;
    }

    @Override
    public Void visitAlterColumn(AlterColumn operation) {
        int index = table.indexOf(operation.column());
        ColumnChange change = operation.change();
        Column column = table.slots.get(index).column();
        column = change.type().map(column::withType).orElse(column);
        column = change.nullable().map(column::nullable).orElse(column);
        column = change.autoincrement().map(column::autoincrement).orElse(column);
        column = withDefault(column, change.serverDefault());
        column = withComment(column, change.comment());
        column = withIdentity(column, change.identity());
        if (change.newName().isPresent()) {
            column = column.withName(change.newName().get());
            table.renameReferences(operation.column(), change.newName().get(), SQLITE.quote(change.newName().get()));
        }
        table.replace(index, column);
        if (change.position().isPresent()) {
            BatchTable.Slot slot = table.slots.remove(index);
            table.place(slot, change.position().get());
        }
        return null;
    }

    private static Column withDefault(Column column, Change<ServerDefault> change) {
        if (change instanceof Change.SetTo<ServerDefault> set) {
            return column.serverDefault(set.value());
        }
        if (change instanceof Change.Dropped<ServerDefault>) {
            return new Column(column.name(), column.type(), column.nullable(), Optional.empty(),
                    column.autoincrement(), column.identity(), column.comment(), column.inline(),
                column.computed());
        }
        return column;
    }

    private static Column withComment(Column column, Change<String> change) {
        if (!change.isChange()) {
            return column;
        }
        Optional<String> comment = change instanceof Change.SetTo<String> set ? Optional.of(set.value())
                : Optional.empty();
        return new Column(column.name(), column.type(), column.nullable(), column.serverDefault(),
                column.autoincrement(), column.identity(), comment, column.inline(), column.computed());
    }

    /** The column with its identity set or dropped; SQLite's DDL leaves an identity out, as SQLAlchemy does. */
    private static Column withIdentity(Column column, Change<Identity> change) {
        if (!change.isChange()) {
            return column;
        }
        Optional<Identity> identity = change instanceof Change.SetTo<Identity> set ? Optional.of(set.value())
                : Optional.empty();
        return new Column(column.name(), column.type(), column.nullable(), column.serverDefault(),
                column.autoincrement(), identity, column.comment(), column.inline());
    }

    @Override
    public Void visitCreateIndex(CreateIndex operation) {
        table.indexes.add(operation.index());
        return null;
    }

    @Override
    public Void visitDropIndex(DropIndex operation) {
        boolean removed = table.indexes.removeIf(index -> index.name().equals(Optional.of(operation.index().name())));
        if (!removed && !operation.ifExists()) {
            throw BatchTable.refuse("index " + operation.index().name(), "table " + table.name + " has no index "
                    + operation.index().name() + " to drop; it has " + table.indexes.stream()
                    .map(index -> index.name().orElse("(unnamed)")).toList());
        }
        return null;
    }

    @Override
    public Void visitCreatePrimaryKey(CreatePrimaryKey operation) {
        addKey(operation.primaryKey());
        return null;
    }

    private void addKey(PrimaryKey key) {
        if (table.primaryKey.isPresent()) {
            throw BatchTable.refuse("second primary key", "table " + table.name + " already has a primary key "
                    + table.primaryKey.get().columns() + "; drop it in the batch before creating " + key.columns());
        }
        table.primaryKey = Optional.of(key);
    }

    @Override
    public Void visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return addConstraint(operation.constraint());
    }

    @Override
    public Void visitCreateForeignKey(CreateForeignKey operation) {
        return addConstraint(operation.foreignKey());
    }

    @Override
    public Void visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return addConstraint(operation.constraint());
    }

    private Void addConstraint(Constraint constraint) {
        table.constraints.add(constraint);
        return null;
    }

    @Override
    public Void visitDropConstraint(DropConstraint operation) {
        Optional<String> name = Optional.of(operation.name());
        if (table.primaryKey.filter(key -> key.name().equals(name)).isPresent()) {
            table.primaryKey = Optional.empty();
            return null;
        }
        if (!table.constraints.removeIf(constraint -> constraint.name().equals(name)) && !operation.ifExists()) {
            throw BatchTable.refuse("constraint " + operation.name(), "table " + table.name + " has no constraint "
                    + "named " + operation.name() + " to drop; its named constraints are " + table.constraints.stream()
                    .flatMap(constraint -> constraint.name().stream()).toList());
        }
        return null;
    }

    @Override
    public Void visitCreateTableComment(CreateTableComment operation) {
        table.comment = Optional.of(operation.comment());
        return null;
    }

    @Override
    public Void visitDropTableComment(DropTableComment operation) {
        table.comment = Optional.empty();
        return null;
    }

    @Override
    public Void visitCreateTable(CreateTable operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitDropTable(DropTable operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitRenameTable(RenameTable operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitCreateSequence(CreateSequence operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitAlterSequence(AlterSequence operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitDropSequence(DropSequence operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitExecute(Execute operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitBulkInsert(BulkInsert operation) {
        return notInBatch(operation);
    }

    @Override
    public Void visitBatchAlterTable(BatchAlterTable operation) {
        return notInBatch(operation);
    }

    /** {@link BatchAlterTable} refuses these when it is made, so they cannot arrive here. */
    private static Void notInBatch(Operation operation) {
        throw new IllegalStateException(operation.getClass().getSimpleName() + " cannot be part of a batch");
    }
}
