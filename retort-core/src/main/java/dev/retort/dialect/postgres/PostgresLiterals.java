package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.SqlLiterals;

/** PostgreSQL literals: {@code true}/{@code false} and {@code '\x..'::bytea}; the rest is standard. */
public class PostgresLiterals extends SqlLiterals {

    public PostgresLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String bool(boolean value) {
        return value ? "true" : "false";
    }

    @Override
    protected String bytes(byte[] bytes) {
        return string("\\x" + hex(bytes)) + "::bytea";
    }
}
