package dev.retort.dialect.sqlite;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AlterColumn;
import dev.retort.op.ColumnChange;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite alters a column in place only to rename it ({@code RENAME COLUMN}, 3.25+); a comment change is
 * nothing, as SQLite stores no comments. Any other change needs batch mode.
 */
public class SqliteColumnAlterations extends ColumnAlterations {

    public SqliteColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    public List<String> compile(AlterColumn operation) {
        ColumnChange change = operation.change();
        List<String> refused = new ArrayList<>();
        change.type().ifPresent(type -> refused.add("type"));
        change.nullable().ifPresent(nullable -> refused.add("nullable"));
        if (change.serverDefault().isChange()) {
            refused.add("server default");
        }
        change.autoincrement().ifPresent(autoincrement -> refused.add("autoincrement"));
        if (change.identity().isChange()) {
            refused.add("identity");
        }
        if (!refused.isEmpty()) {
            throw new UnsupportedOperationForDialectException("sqlite", "ALTER COLUMN", "No support for ALTER COLUMN "
                    + "of " + String.join(", ", refused) + " in SQLite dialect (alter_column of " + operation.table()
                    + "." + operation.column() + "). " + UnsupportedOperationForDialectException.SQLITE_BATCH_ADVICE);
        }
        return change.newName().map(newName -> List.of(rename(operation, newName))).orElse(List.of());
    }
}
