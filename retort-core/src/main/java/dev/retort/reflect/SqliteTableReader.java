package dev.retort.reflect;

import dev.retort.reflect.SqliteCatalog.TableRows;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one SQLite table as the database has it, for batch mode's move and copy.
 *
 * <p>Columns, declared types, {@code NOT NULL}, defaults and the primary key come from
 * {@code pragma_table_xinfo}; foreign keys and their actions from {@code pragma_foreign_key_list}; unique
 * constraints and indexes from {@code pragma_index_list} and {@code pragma_index_info}, with each index's
 * own {@code CREATE INDEX} statement for expressions and partial {@code WHERE} conditions. The
 * {@code CREATE TABLE} statement in {@code sqlite_master} gives what no pragma reports: check constraints,
 * unique constraints on the columns of the primary key or of another unique constraint (SQLite makes no
 * index for them, but shares that one), the names written for the primary key, unique constraints and
 * foreign keys, foreign key deferrability, and {@code AUTOINCREMENT}. Types and defaults are read as
 * {@link SqliteTypes} says; what the model cannot hold is refused, as {@link SqliteTableBuilder} says.
 * {@link SchemaReader} reads whole schemas.
 */
public final class SqliteTableReader {

    private SqliteTableReader() {
    }

    /** The table as the database has it, or an exception naming the table when it does not exist. */
    public static Table read(Connection connection, QualifiedName table) {
        try {
            Map<String, TableRows> rows = SqliteCatalog.read(connection, table.schema(), Optional.of(table.name()));
            if (rows.isEmpty()) {
                throw new ReflectionException(table, "there is no such table"
                        + table.schema().map(schema -> " in schema " + schema).orElse(""));
            }
            TableRows only = rows.values().iterator().next();
            // An enum column reads with its enum type, so that a new type replaces its check instead of adding one.
            return EnumChecks.recognised(SqliteTableBuilder.build(table, only,
                    referred -> primaryKeyOf(connection, table, referred)), generated -> false);
        } catch (SQLException e) {
            throw new ReflectionException(table, "the database refused to describe it: " + e.getMessage(), e);
        }
    }

    private static List<String> primaryKeyOf(Connection connection, QualifiedName table, String referred) {
        try {
            Map<String, TableRows> rows = SqliteCatalog.read(connection, table.schema(), Optional.of(referred));
            return rows.isEmpty() ? List.of() : SqliteTableBuilder.primaryKey(rows.values().iterator().next());
        } catch (SQLException e) {
            throw new ReflectionException(table, "the database refused to describe table " + referred + ": "
                    + e.getMessage(), e);
        }
    }

    /** The check constraints written in a {@code CREATE TABLE} statement, named or not, in the order written. */
    static List<CheckConstraint> checks(String createTableSql) {
        return CreateTableSql.parse(createTableSql).checks;
    }
}
