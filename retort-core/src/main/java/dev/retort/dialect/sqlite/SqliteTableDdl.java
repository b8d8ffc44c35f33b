package dev.retort.dialect.sqlite;

import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.TableDdl;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * SQLite's column definitions. Only a lone key column numbers itself, as the rowid's alias: the
 * autoincrement column of such a key is written {@code INTEGER} whatever its width, so that with
 * {@code PRIMARY KEY (id)} it is that alias; one marked {@link Autoincrement#ENABLED} is {@code INTEGER NOT
 * NULL PRIMARY KEY AUTOINCREMENT} (the table's key clause, and so the key's name, is then left out, as
 * SQLAlchemy does). A column of a key of several columns numbers nothing, whatever it is marked: it keeps
 * its type, and the key its clause and name. Expression defaults are parenthesised, as SQLite requires.
 */
public class SqliteTableDdl extends TableDdl {

    public SqliteTableDdl(DdlCompiler compiler) {
        super(compiler);
    }

    @Override
    protected Optional<Column> autoincrementColumn(Table table) {
        return AutoincrementColumns.ofLoneKey(table);
    }

    @Override
    protected String columnType(Column column, boolean autoincrement) {
        return autoincrement ? "INTEGER" : super.columnType(column, autoincrement);
    }

    @Override
    public String columnDefinition(Column column, boolean autoincrement) {
        String definition = super.columnDefinition(column, autoincrement);
        return keywordAutoincrement(column, autoincrement) ? definition + " PRIMARY KEY AUTOINCREMENT" : definition;
    }

    @Override
    protected Optional<String> primaryKey(PrimaryKey key, Optional<Column> autoincrement) {
        if (autoincrement.filter(column -> keywordAutoincrement(column, true)).isPresent()) {
            return Optional.empty();
        }
        return super.primaryKey(key, autoincrement);
    }

    /**
     * SQLite has no identity columns: its rowid does their work (a lone INTEGER primary key column numbers
     * itself), so an identity is left out, as SQLAlchemy leaves it out there.
     */
    @Override
    protected String generation(Column column, boolean autoincrement) {
        return column.computed().isPresent() ? super.generation(column, autoincrement) : "";
    }

    @Override
    protected String expressionDefault(String sql) {
        return parenthesized(sql, false);
    }

    private static boolean keywordAutoincrement(Column column, boolean autoincrement) {
        return autoincrement && column.autoincrement() == Autoincrement.ENABLED;
    }
}
