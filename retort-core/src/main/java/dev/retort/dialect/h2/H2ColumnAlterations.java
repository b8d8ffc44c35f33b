package dev.retort.dialect.h2;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.schema.ColumnType;
import java.util.Optional;

/** H2's {@code ALTER COLUMN c SET DATA TYPE x} and {@code ALTER COLUMN c RENAME TO d}. */
public class H2ColumnAlterations extends ColumnAlterations {

    public H2ColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        if (using.isPresent()) {
            return super.type(operation, type, using);
        }
        return alterColumn(operation) + " SET DATA TYPE " + compiler().type(type);
    }

    @Override
    protected String rename(AlterColumn operation, String newName) {
        return alterColumn(operation) + " RENAME TO " + compiler().name(newName);
    }
}
