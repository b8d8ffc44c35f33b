package dev.retort.dialect.postgres;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;

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

    @Override
    protected String nullClause(Column column, boolean generated) {
        if (column.identity().isPresent()) {
            return column.nullable() ? " NULL" : "";
        }
        return super.nullClause(column, generated);
    }
}
