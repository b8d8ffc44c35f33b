package dev.retort.autogenerate.render;

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
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.QualifiedName;

/**
 * What the downgrade must do by hand for an operation that has no reverse, as the text of the comment
 * that stands in its place.
 */
final class Irreversible implements OperationVisitor<String> {
    private static final int SQL_EXCERPT = 60;

    @Override
    public String visitCreateTable(CreateTable operation) {
        return "drop table " + operation.table().name() + " here";
    }

    @Override
    public String visitDropTable(DropTable operation) {
        return "table " + operation.table() + " is dropped without its definition; create it again here by hand";
    }

    @Override
    public String visitRenameTable(RenameTable operation) {
        return "rename table " + operation.renamed() + " back to " + operation.table().name() + " here";
    }

    @Override
    public String visitCreateTableComment(CreateTableComment operation) {
        return "restore the comment of table " + operation.table() + " here";
    }

    @Override
    public String visitDropTableComment(DropTableComment operation) {
        return "the comment of table " + operation.table() + " is dropped without its text; set it again here by hand";
    }

    @Override
    public String visitAddColumn(AddColumn operation) {
        return "drop column " + operation.table() + "." + operation.column().name() + " here";
    }

    @Override
    public String visitDropColumn(DropColumn operation) {
        return "column " + operation.table() + "." + operation.column() + " is dropped without its definition; "
                + "add it again here by hand";
    }

    @Override
    public String visitAlterColumn(AlterColumn operation) {
        String column = operation.table() + "." + operation.column();
        return operation.change().changesDefinition()
                ? "the alteration of " + column + " does not say what the column was; undo it here by hand"
                : "column " + column + " is only moved; move it back here by hand if its place matters";
    }

    @Override
    public String visitCreateIndex(CreateIndex operation) {
        return "an unnamed index on " + operation.table() + " cannot be dropped by name; drop it here by hand";
    }

    @Override
    public String visitDropIndex(DropIndex operation) {
        String missing = operation.table().isEmpty() ? "its table and definition" : "its definition";
        return "index " + operation.index() + " is dropped without " + missing + "; create it again here by hand";
    }

    @Override
    public String visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return unnamed("primary key", operation.table());
    }

    @Override
    public String visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return unnamed("unique constraint", operation.table());
    }

    @Override
    public String visitCreateForeignKey(CreateForeignKey operation) {
        return unnamed("foreign key", operation.table());
    }

    @Override
    public String visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return unnamed("check constraint", operation.table());
    }

    @Override
    public String visitDropConstraint(DropConstraint operation) {
        return "constraint " + operation.name() + " on " + operation.table() + " is dropped without its definition; "
                + "create it again here by hand";
    }

    @Override
    public String visitCreateSequence(CreateSequence operation) {
        return "drop sequence " + operation.sequence().name() + " here";
    }

    @Override
    public String visitAlterSequence(AlterSequence operation) {
        return "sequence " + operation.sequence().name() + " is altered without its existing definition; "
                + "give it back its numbers here by hand";
    }

    @Override
    public String visitDropSequence(DropSequence operation) {
        return "sequence " + operation.name() + " is dropped without its definition; create it again here by hand";
    }

    @Override
    public String visitExecute(Execute operation) {
        String sql = operation.sql().strip().replaceAll("\\s+", " ");
        String excerpt = sql.length() <= SQL_EXCERPT ? sql : sql.substring(0, SQL_EXCERPT) + "...";
        return "undo here by hand what the upgrade's SQL does: " + excerpt;
    }

    @Override
    public String visitBulkInsert(BulkInsert operation) {
        int rows = operation.rows().size();
        return "delete here by hand the " + rows + (rows == 1 ? " row" : " rows") + " the upgrade inserts into "
                + operation.table();
    }

    @Override
    public String visitBatchAlterTable(BatchAlterTable operation) {
        return "undo here by hand the changes to table " + operation.table() + " that cannot be reversed";
    }

    private static String unnamed(String what, QualifiedName table) {
        return "the unnamed " + what + " on " + table + " cannot be dropped by name; drop it here by hand";
    }
}
