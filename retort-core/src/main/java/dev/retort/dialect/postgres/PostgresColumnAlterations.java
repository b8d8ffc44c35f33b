package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.ColumnAlterations;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.schema.ColumnType;
import java.util.Optional;

/** PostgreSQL's {@code ALTER COLUMN c TYPE x USING expr}. */
public class PostgresColumnAlterations extends ColumnAlterations {

    public PostgresColumnAlterations(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected String type(AlterColumn operation, ColumnType type, Optional<String> using) {
        return alterColumn(operation) + " TYPE " + compiler().type(type) + using.map(expression -> " USING "
                + expression).orElse("");
    }
}
