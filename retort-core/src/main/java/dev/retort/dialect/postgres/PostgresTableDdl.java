package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;

/**
 * PostgreSQL's column definitions: the autoincrement column is {@code SERIAL}, {@code BIGSERIAL} or
 * {@code SMALLSERIAL}, and an identity column is not also declared {@code NOT NULL}, as SQLAlchemy does.
 */
public class PostgresTableDdl extends TableDdl {

    public PostgresTableDdl(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected String columnType(Column column, boolean autoincrement) {
        if (autoincrement && column.type() instanceof ColumnType.IntegerType integer) {
            switch (integer.width()) {
                case BIG:
                    return "BIGSERIAL";
                case SMALL:
                    return "SMALLSERIAL";
                default:
                    return "SERIAL";
            }
        }
        return super.columnType(column, autoincrement);
    }

    /**
     * An identity column is NOT NULL whatever it says, and PostgreSQL refuses {@code NULL} beside {@code AS
     * IDENTITY}: nothing is written (SQLAlchemy makes a column with an {@code Identity} not nullable).
     */
    @Override
    protected String nullClause(Column column, boolean generated) {
        if (column.identity().isPresent()) {
            return "";
        }
        return super.nullClause(column, generated);
    }

    @Override
    protected String computedStorage(String column, Computed computed) {
        if (!computed.stored()) {
            throw new UnsupportedOperationForDialectException("postgresql", "virtual generated column",
                    "Column " + column + " is computed VIRTUAL, which PostgreSQL 15 does not support; declare it "
                            + "stored (Computed.stored(...), or .computed(\"" + computed.sql() + "\"))");
        }
        return " STORED";
    }
}
