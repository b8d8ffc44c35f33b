package dev.retort.dialect.ddl;

import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ServerDefault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link AlterColumn} as one statement per changed attribute, in Alembic's order: nullability,
 * server default, type, comment, then the new name. This class writes ANSI {@code ALTER TABLE t ALTER
 * COLUMN c ...}; a database returns a subclass from {@link DdlCompiler#alterations()}. A new position
 * only matters when a batch rebuilds the table, so it is ignored here, as Alembic ignores it.
 */
public class ColumnAlterations {
    private final DdlCompiler compiler;

    public ColumnAlterations(DdlCompiler compiler) {
        this.compiler = compiler;
    }

    protected DdlCompiler compiler() {
        return compiler;
    }

    public List<String> compile(AlterColumn operation) {
        if (operation.change().autoincrement().isPresent()) {
            throw unsupported(operation, "a change of autoincrement", "change the column's type to a serial or "
                    + "identity with execute(), or rebuild the column");
        }
        List<String> statements = new ArrayList<>();
        operation.change().nullable().ifPresent(nullable -> statements.add(nullable(operation, nullable)));
        if (operation.change().serverDefault().isChange()) {
            statements.add(serverDefault(operation, operation.change().serverDefault()));
        }
        operation.change().type().ifPresent(type -> statements.add(type(operation, type,
                operation.change().using())));
        if (operation.change().comment().isChange()) {
            statements.addAll(comment(operation, operation.change().comment()));
        }
        operation.change().newName().ifPresent(newName -> statements.add(rename(operation, newName)));
        return statements;
    }

    /** {@code ALTER TABLE t ALTER COLUMN c}. */
    protected String alterColumn(AlterColumn operation) {
        return compiler.alterTable(operation.table()) + " ALTER COLUMN " + compiler.name(operation.column());
    }

    protected String nullable(AlterColumn operation, boolean nullable) {
        return alterColumn(operation) + (nullable ? " DROP NOT NULL" : " SET NOT NULL");
    }

    protected String serverDefault(AlterColumn operation, Change<ServerDefault> change) {
        if (change instanceof Change.SetTo<ServerDefault> set) {
            return alterColumn(operation) + " SET DEFAULT " + compiler.tables().serverDefault(set.value());
        }
        return alterColumn(operation) + " DROP DEFAULT";
    }

    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        if (using.isPresent()) {
            throw unsupported(operation, "a USING conversion", "USING is PostgreSQL's; convert the values with execute() "
                    + "before or after the type change");
        }
        return alterColumn(operation) + " TYPE " + compiler.type(type);
    }

    protected List<String> comment(AlterColumn operation, Change<String> change) {
        Optional<String> comment = change instanceof Change.SetTo<String> set ? Optional.of(set.value())
                : Optional.empty();
        return compiler.columnComment(operation.table(), operation.column(), comment);
    }

    protected String rename(AlterColumn operation, String newName) {
        return compiler.alterTable(operation.table()) + " RENAME COLUMN " + compiler.name(operation.column())
                + " TO " + compiler.name(newName);
    }

    /** Refuses a change the database cannot make, naming the column and what to do instead. */
    protected UnsupportedOperationForDialectException unsupported(AlterColumn operation, String what, String advice) {
        return new UnsupportedOperationForDialectException(compiler.dialect().name(), "ALTER COLUMN " + what,
                "The " + compiler.displayName() + " dialect cannot make " + what + " in alter_column of "
                        + operation.table() + "." + operation.column() + "; " + advice);
    }
}
