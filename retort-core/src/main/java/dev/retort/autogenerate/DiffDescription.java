package dev.retort.autogenerate;

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
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.Index;
import java.util.ArrayList;
import java.util.List;

/** One line per difference, as {@code check} lists them: {@code added column account.email}. */
final class DiffDescription implements OperationVisitor<String> {

    @Override
    public String visitCreateTable(CreateTable operation) {
        return "added table " + operation.table().name();
    }

    @Override
    public String visitDropTable(DropTable operation) {
        return "removed table " + operation.table();
    }

    @Override
    public String visitRenameTable(RenameTable operation) {
        return "renamed table " + operation.table() + " to " + operation.newName();
    }

    @Override
    public String visitCreateTableComment(CreateTableComment operation) {
        return "changed comment of table " + operation.table();
    }

    @Override
    public String visitDropTableComment(DropTableComment operation) {
        return "removed comment of table " + operation.table();
    }

    @Override
    public String visitAddColumn(AddColumn operation) {
        return "added column " + operation.table() + "." + operation.column().name();
    }

    @Override
    public String visitDropColumn(DropColumn operation) {
        return "removed column " + operation.table() + "." + operation.column();
    }

    @Override
    public String visitAlterColumn(AlterColumn operation) {
        ColumnChange change = operation.change();
        List<String> what = new ArrayList<>();
        change.type().ifPresent(type -> what.add("type"));
        change.nullable().ifPresent(nullable -> what.add(nullable ? "now nullable" : "now NOT NULL"));
        if (!(change.serverDefault() instanceof Change.Unchanged)) {
            what.add("server default");
        }
        if (!(change.comment() instanceof Change.Unchanged)) {
            what.add("comment");
        }
        return "modified column " + operation.table() + "." + operation.column() + ": " + String.join(", ", what);
    }

    @Override
    public String visitCreateIndex(CreateIndex operation) {
        return "added index " + name(operation.index()) + " on " + operation.table();
    }

    @Override
    public String visitDropIndex(DropIndex operation) {
        return "removed index " + operation.index().name() + operation.table().map(table -> " on " + table).orElse("");
    }

    @Override
    public String visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return "added primary key " + operation.primaryKey().columns() + " on " + operation.table();
    }

    @Override
    public String visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return "added unique constraint " + operation.constraint().name().orElse("")
                + operation.constraint().columns() + " on " + operation.table();
    }

    @Override
    public String visitCreateForeignKey(CreateForeignKey operation) {
        return "added foreign key " + operation.foreignKey().name().orElse("") + operation.foreignKey().columns()
                + " on " + operation.table() + " to " + operation.foreignKey().referredTable();
    }

    @Override
    public String visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return "added check constraint " + operation.constraint().name().orElse("") + " on " + operation.table();
    }

    @Override
    public String visitDropConstraint(DropConstraint operation) {
        String kind = operation.kind().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ")
                .orElse("constraint ");
        return "removed " + kind + operation.name() + " on " + operation.table();
    }

    @Override
    public String visitExecute(Execute operation) {
        return "changed: " + operation.sql();
    }

    @Override
    public String visitBulkInsert(BulkInsert operation) {
        return "rows for " + operation.table();
    }

    @Override
    public String visitBatchAlterTable(BatchAlterTable operation) {
        List<String> inner = operation.operations().stream().map(op -> op.accept(this)).toList();
        return String.join("\n", inner);
    }

    private static String name(Index index) {
        return index.name().orElse("(unnamed)");
    }
}
