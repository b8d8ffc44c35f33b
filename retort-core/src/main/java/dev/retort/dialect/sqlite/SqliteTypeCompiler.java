package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.TypeCompiler;
import dev.retort.schema.ColumnType;

/** SQLite's type names as SQLAlchemy's SQLite dialect writes them: {@code DATETIME}, {@code DOUBLE}. */
public class SqliteTypeCompiler extends TypeCompiler {

    public SqliteTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    public String visitDouble(ColumnType.DoubleType type) {
        return "DOUBLE";
    }

    @Override
    public String visitTime(ColumnType.TimeType type) {
        return "TIME";
    }

    @Override
    public String visitTimestamp(ColumnType.TimestampType type) {
        return "DATETIME";
    }
}
