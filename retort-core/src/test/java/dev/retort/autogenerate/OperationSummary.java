package dev.retort.autogenerate;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
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
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line per operation naming its kind and the fields that say what it changes
 * ({@code add column book.isbn}, {@code alter column book.title: nullable false}); the operations
 * inside a batch are listed in its place, as a batch is only how SQLite runs them.
 */
final class OperationSummary {

    private OperationSummary() {}

    static List<String> of(List<Operation> operations) {
        List<String> lines = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                lines.addAll(of(batch.operations()));
            } else {
                lines.add(of(operation));
            }
        }
        return lines;
    }

    static String of(Operation operation) {
        if (operation instanceof CreateTable create) {
            return "create table " + create.table().name();
        } else if (operation instanceof DropTable drop) {
            return "drop table " + drop.table();
        } else if (operation instanceof AddColumn add) {
            return "add column " + add.table() + "." + add.column().name();
        } else if (operation instanceof DropColumn drop) {
            return "drop column " + drop.table() + "." + drop.column();
        } else if (operation instanceof AlterColumn alter) {
            return "alter column " + alter.table() + "." + alter.column() + ":" + changes(alter.change());
        } else if (operation instanceof CreateIndex create) {
            return "create " + (create.index().unique() ? "unique " : "") + "index " + create.index().name().orElse("?")
                    + " on " + create.table() + " " + create.index().columnNames();
        } else if (operation instanceof DropIndex drop) {
            return "drop index " + drop.index().name();
        } else if (operation instanceof CreateUniqueConstraint create) {
            return "create unique " + create.constraint().name().orElse("?") + " on " + create.table() + " "
                    + create.constraint().columns();
        } else if (operation instanceof CreateForeignKey create) {
            return "create foreign key " + create.foreignKey().name().orElse("?") + " on " + create.table() + " "
                    + create.foreignKey().columns() + " -> " + create.foreignKey().referredTable()
                    + create.foreignKey().referredColumns();
        } else if (operation instanceof CreateCheckConstraint create) {
            return "create check " + create.constraint().name().orElse("?") + " on " + create.table();
        } else if (operation instanceof CreatePrimaryKey create) {
            return "create primary key on " + create.table() + " " + create.primaryKey().columns();
        } else if (operation instanceof DropConstraint drop) {
            return dropConstraint(drop);
        } else if (operation instanceof CreateTableComment comment) {
            return "comment on table " + comment.table() + " '" + comment.comment() + "'";
        } else if (operation instanceof DropTableComment comment) {
            return "drop comment on table " + comment.table();
        } else if (operation instanceof CreateSequence create) {
            return "create sequence " + create.sequence().name();
        } else if (operation instanceof AlterSequence alter) {
            return "alter sequence " + alter.sequence().name();
        } else if (operation instanceof DropSequence drop) {
            return "drop sequence " + drop.name();
        } else if (operation instanceof Execute execute) {
            return "execute " + execute.sql();
        }
        return operation.getClass().getSimpleName() + " " + operation;
    }

    private static String dropConstraint(DropConstraint drop) {
        ConstraintKind kind = drop.kind().orElseThrow();
        String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        // Primary keys are named by the database on some (MySQL's PRIMARY), so only the table says which.
        return kind == ConstraintKind.PRIMARY_KEY ? "drop primary key on " + drop.table()
                : "drop " + what + " " + drop.name() + " on " + drop.table();
    }

    private static String changes(ColumnChange change) {
        StringBuilder text = new StringBuilder();
        change.type().ifPresent(type -> text.append(" type ").append(type));
        change.nullable().ifPresent(nullable -> text.append(" nullable ").append(nullable));
        describe(change.serverDefault(), "default", text);
        describe(change.comment(), "comment", text);
        change.autoincrement().ifPresent(autoincrement -> text.append(" autoincrement ").append(autoincrement));
        if (change.identity() instanceof Change.SetTo<Identity> set) {
            text.append(" identity ").append(identity(set.value()));
        } else if (change.identity() instanceof Change.Dropped<Identity>) {
            text.append(" drop identity");
        }
        return text.toString();
    }

    /** {@code always from 100 by 5}, {@code by default}. */
    private static String identity(Identity identity) {
        StringBuilder text = new StringBuilder(identity.always() ? "always" : "by default");
        identity.start().ifPresent(start -> text.append(" from ").append(start));
        identity.increment().ifPresent(increment -> text.append(" by ").append(increment));
        return text.toString();
    }

    private static <T> void describe(Change<T> change, String attribute, StringBuilder text) {
        if (change instanceof Change.SetTo<T> set) {
            text.append(" ").append(attribute).append(" ").append(set.value());
        } else if (change instanceof Change.Dropped<T>) {
            text.append(" drop ").append(attribute);
        }
    }
}
