package dev.retort.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What SQLite's catalog says of the tables of one schema (the main database or an attached one), read
 * with four queries however many tables there are: {@code sqlite_master} joined with the table-valued
 * pragmas {@code pragma_table_xinfo}, {@code pragma_foreign_key_list}, {@code pragma_index_list} and
 * {@code pragma_index_info}. Optionally only one table, named in any case; otherwise every table but the
 * shadow tables in which virtual tables keep their data.
 */
final class SqliteCatalog {

    record ColumnRow(String name, String type, boolean notNull, String defaultValue, int pk, int hidden) {
    }

    record ForeignKeyRow(int id, String table, String from, String to, String onUpdate, String onDelete,
            String match) {
    }

    /** An index with its columns; {@code origin} is {@code c} (created), {@code u} (unique) or {@code pk}. */
    record IndexRow(String name, boolean unique, String origin, List<String> columns, String sql) {
    }

    /** Everything read of one table. */
    record TableRows(String name, String createSql, List<ColumnRow> columns, List<ForeignKeyRow> foreignKeys,
            List<IndexRow> indexes) {
    }

    private SqliteCatalog() {
    }

    /** The tables of {@code schema} (none: the main database), or only {@code onlyTable}, in creation order. */
    static Map<String, TableRows> read(Connection connection, Optional<String> schema, Optional<String> onlyTable)
            throws SQLException {
        String prefix = schema.map(name -> quote(name) + ".").orElse("");
        String schemaArgument = schema.map(SqliteCatalog::literal).orElse("'main'");
        String filter = " WHERE m.type = 'table'" + (onlyTable.isPresent() ? " AND m.name = ? COLLATE NOCASE"
                : " AND m.name NOT IN (SELECT name FROM pragma_table_list WHERE schema = " + schemaArgument
                        + " AND type = 'shadow')");
        Map<String, String> createSql = new LinkedHashMap<>();
        query(connection, "SELECT m.name, m.sql FROM " + prefix + "sqlite_master m" + filter + " ORDER BY m.rowid",
                onlyTable, row -> createSql.put(row.getString(1), row.getString(2)));
        Map<String, List<ColumnRow>> columns = new LinkedHashMap<>();
        query(connection, "SELECT m.name AS table_name, p.* FROM " + prefix + "sqlite_master m JOIN pragma_table_xinfo("
                + "m.name, " + schemaArgument + ") p" + filter + " ORDER BY m.rowid, p.cid", onlyTable, row ->
                columns.computeIfAbsent(row.getString("table_name"), k -> new ArrayList<>()).add(new ColumnRow(
                        row.getString("name"), row.getString("type"), row.getInt("notnull") != 0,
                        row.getString("dflt_value"), row.getInt("pk"), row.getInt("hidden"))));
        Map<String, List<ForeignKeyRow>> foreignKeys = new LinkedHashMap<>();
        query(connection, "SELECT m.name AS table_name, p.* FROM " + prefix + "sqlite_master m JOIN "
                + "pragma_foreign_key_list(m.name, " + schemaArgument + ") p" + filter
                + " ORDER BY m.rowid, p.id, p.seq",
                onlyTable, row -> foreignKeys.computeIfAbsent(row.getString("table_name"), k -> new ArrayList<>())
                        .add(new ForeignKeyRow(row.getInt("id"), row.getString("table"), row.getString("from"),
                                row.getString("to"), row.getString("on_update"), row.getString("on_delete"),
                                row.getString("match"))));
        Map<String, List<IndexRow>> indexes = indexes(connection, prefix, schemaArgument, filter, onlyTable);
        Map<String, TableRows> tables = new LinkedHashMap<>();
        createSql.forEach((name, sql) -> tables.put(name, new TableRows(name, sql,
                columns.getOrDefault(name, List.of()), foreignKeys.getOrDefault(name, List.of()),
                indexes.getOrDefault(name, List.of()))));
        return tables;
    }

    private static Map<String, List<IndexRow>> indexes(Connection connection, String prefix, String schemaArgument,
            String filter, Optional<String> onlyTable) throws SQLException {
        Map<String, Map<String, IndexRow>> byTable = new LinkedHashMap<>();
        query(connection, "SELECT m.name AS table_name, il.name AS index_name, il.\"unique\" AS is_unique, il.origin, "
                + "ii.name AS column_name, ix.sql FROM " + prefix + "sqlite_master m "
                + "JOIN pragma_index_list(m.name, " + schemaArgument + ") il "
                + "JOIN pragma_index_info(il.name, " + schemaArgument + ") ii "
                + "LEFT JOIN " + prefix + "sqlite_master ix ON ix.type = 'index' AND ix.name = il.name"
                + filter + " ORDER BY m.rowid, ix.rowid, ii.seqno", onlyTable, row -> {
                    Map<String, IndexRow> indexes = byTable.computeIfAbsent(row.getString("table_name"),
                            k -> new LinkedHashMap<>());
                    String name = row.getString("index_name");
                    IndexRow index = indexes.get(name);
                    if (index == null) {
                        index = new IndexRow(name, row.getInt("is_unique") != 0, row.getString("origin"),
                                new ArrayList<>(), row.getString("sql"));
                        indexes.put(name, index);
                    }
                    index.columns().add(row.getString("column_name"));
                });
        Map<String, List<IndexRow>> indexes = new LinkedHashMap<>();
        byTable.forEach((table, rows) -> indexes.put(table, List.copyOf(rows.values())));
        return indexes;
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, Optional<String> onlyTable, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (onlyTable.isPresent()) {
                statement.setString(1, onlyTable.get());
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    consumer.accept(result);
                }
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
