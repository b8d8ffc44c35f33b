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
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a difference is, in Alembic's words without its {@code Detected} prefix ({@code added column
 * 'account.email'}, {@code NOT NULL on column 'account.name'}); types as the database writes them.
 */
final class DiffDescription implements OperationVisitor<String> {
    private final Function<ColumnType, String> types;

    DiffDescription(Function<ColumnType, String> types) {
        this.types = types;
    }

    @Override
    public String visitCreateTable(CreateTable operation) {
        return "added table '" + operation.table().name() + "'";
    }

    @Override
    public String visitDropTable(DropTable operation) {
        return "removed table '" + operation.table() + "'";
    }

    @Override
    public String visitRenameTable(RenameTable operation) {
        return "renamed table '" + operation.table() + "' to '" + operation.newName() + "'";
    }

    @Override
    public String visitCreateTableComment(CreateTableComment operation) {
        return "table comment on '" + operation.table() + "'";
    }

    @Override
    public String visitDropTableComment(DropTableComment operation) {
        return "removed table comment on '" + operation.table() + "'";
    }

    @Override
    public String visitAddColumn(AddColumn operation) {
        return "added column '" + operation.table() + "." + operation.column().name() + "'";
    }

    @Override
    public String visitDropColumn(DropColumn operation) {
        return "removed column '" + operation.table() + "." + operation.column() + "'";
    }

    @Override
    public String visitAlterColumn(AlterColumn operation) {
        ColumnChange change = operation.change();
        String column = "'" + operation.table() + "." + operation.column() + "'";
        List<String> what = new ArrayList<>();
        change.type().ifPresent(type -> what.add("type change from " + typeChange(operation.existing().type(), type)
                + " on " + column));
        change.nullable().ifPresent(nullable -> what.add((nullable ? "NULL" : "NOT NULL") + " on column " + column));
        if (!(change.serverDefault() instanceof Change.Unchanged)) {
            what.add("server default on column " + column);
        }
        if (!(change.comment() instanceof Change.Unchanged)) {
            what.add("column comment on " + column);
        }
        change.autoincrement().ifPresent(enabled -> what.add("autoincrement " + (enabled ? "on" : "off")
                + " for column " + column));
        if (change.identity().isChange()) {
            what.add((change.identity() instanceof Change.Dropped ? "identity dropped from" : "identity on")
                    + " column " + column);
        }
        return String.join("\n", what);
    }

    @Override
    public String visitCreateIndex(CreateIndex operation) {
        return "added index '" + name(operation.index()) + "' on '" + operation.table() + "' "
                + columns(operation.index().elements().stream()
                        .map(element -> element instanceof IndexColumn column ? column.name()
                                : ((SqlExpression) element).sql())
                        .toList());
    }

    @Override
    public String visitDropIndex(DropIndex operation) {
        return "removed index '" + operation.index().name() + "'"
                + operation.table().map(table -> " on '" + operation.index().withName(table) + "'").orElse("");
    }

    @Override
    public String visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return "added primary key " + columns(operation.primaryKey().columns()) + " on '" + operation.table() + "'";
    }

    @Override
    public String visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return "added unique constraint " + named(operation.constraint().name()) + "on '" + operation.table() + "' "
                + columns(operation.constraint().columns());
    }

    @Override
    public String visitCreateForeignKey(CreateForeignKey operation) {
        var key = operation.foreignKey();
        return "added foreign key " + named(key.name()) + columns(key.columns()) + " on table '" + operation.table()
                + "' to '" + key.referredTable() + "' " + columns(key.referredColumns());
    }

    @Override
    public String visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return "added check constraint " + named(operation.constraint().name()) + "on '" + operation.table() + "'";
    }

    @Override
    public String visitDropConstraint(DropConstraint operation) {
        String kind = operation.kind().map(k -> switch (k) {
            case PRIMARY_KEY -> "primary key";
            case UNIQUE -> "unique constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "check constraint";
        }).orElse("constraint");
        return "removed " + kind + " '" + operation.name() + "' on '" + operation.table() + "'";
    }

    @Override
    public String visitCreateSequence(CreateSequence operation) {
        return "added sequence '" + operation.sequence().name() + "'";
    }

    @Override
    public String visitAlterSequence(AlterSequence operation) {
        return "changed sequence '" + operation.sequence().name() + "'";
    }

    @Override
    public String visitDropSequence(DropSequence operation) {
        return "removed sequence '" + operation.name() + "'";
    }

    @Override
    public String visitExecute(Execute operation) {
        return "change needing SQL: " + operation.sql();
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

    private static String named(Optional<String> name) {
        return name.map(value -> "'" + value + "' ").orElse("");
    }

    /**
     * {@code OLD to NEW} as the database writes the types; where it writes both alike (an enum kept as a
     * string with a check, on SQLite), with the enums' values.
     */
    private String typeChange(Optional<ColumnType> existing, ColumnType wanted) {
        String from = existing.map(types).orElse("?");
        String to = types.apply(wanted);
        if (from.equals(to) && existing.orElse(null) instanceof ColumnType.EnumType before
                && wanted instanceof ColumnType.EnumType after) {
            return from + " " + values(before) + " to " + to + " " + values(after);
        }
        return from + " to " + to;
    }

    private static String values(ColumnType.EnumType type) {
        return type.values().stream().map(value -> "'" + value + "'").collect(Collectors.joining(", ", "(", ")"));
    }

    private static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }
}
