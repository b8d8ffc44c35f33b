package dev.retort.contract;

import dev.retort.contract.SchemaSnapshot.ColumnSnapshot;
import dev.retort.contract.SchemaSnapshot.ForeignKeySnapshot;
import dev.retort.contract.SchemaSnapshot.IndexSnapshot;
import dev.retort.contract.SchemaSnapshot.KeySnapshot;
import dev.retort.contract.SchemaSnapshot.SequenceSnapshot;
import dev.retort.contract.SchemaSnapshot.TableSnapshot;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link SchemaSnapshot} through {@link DatabaseMetaData}, and through each database's catalog
 * for what the metadata does not show: check constraints, PostgreSQL's enum types and sequences.
 */
final class Catalog {
    private static final Pattern SQLITE_CHECK = Pattern.compile(
            "(?i)(?:CONSTRAINT\\s+(\"[^\"]+\"|`[^`]+`|\\w+)\\s+)?CHECK\\s*\\(");

    private static final Pattern H2_SYSTEM_INDEX = Pattern.compile("^(primary_key|constraint_index)_\\w+$");

    private final String kind;
    private final Connection connection;

    Catalog(String kind, Connection connection) {
        this.kind = kind;
        this.connection = connection;
    }

    SchemaSnapshot snapshot() {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            Map<String, TableSnapshot> tables = new TreeMap<>();
            Map<String, String> remarks = new LinkedHashMap<>();
            try (ResultSet result = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE"})) {
                while (result.next()) {
                    String name = result.getString("TABLE_NAME");
                    if (!name.startsWith("sqlite_")) {
                        remarks.put(name, result.getString("REMARKS"));
                    }
                }
            }
            for (Map.Entry<String, String> table : remarks.entrySet()) {
                tables.put(lower(table.getKey()), table(meta, table.getKey(), table.getValue()));
            }
            return new SchemaSnapshot(tables, enumTypes(), sequences());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the " + kind + " catalog: " + e.getMessage(), e);
        }
    }

    private TableSnapshot table(DatabaseMetaData meta, String table, String comment) throws SQLException {
        return new TableSnapshot(columns(meta, table), primaryKey(meta, table), indexes(meta, table),
                foreignKeys(meta, table), checks(table), text(comment));
    }

    private List<ColumnSnapshot> columns(DatabaseMetaData meta, String table) throws SQLException {
        List<ColumnSnapshot> columns = new ArrayList<>();
        try (ResultSet result = meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
            while (result.next()) {
                columns.add(new ColumnSnapshot(lower(result.getString("COLUMN_NAME")),
                        lower(result.getString("TYPE_NAME")), result.getInt("COLUMN_SIZE"),
                        result.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        text(result.getString("COLUMN_DEF")), text(result.getString("REMARKS"))));
            }
        }
        return columns;
    }

    private Optional<KeySnapshot> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        String name = "";
        try (ResultSet result = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (result.next()) {
                columns.put(result.getShort("KEY_SEQ"), lower(result.getString("COLUMN_NAME")));
                name = lower(String.valueOf(result.getString("PK_NAME")));
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new KeySnapshot(name, List.copyOf(columns.values())));
    }

    private List<IndexSnapshot> indexes(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, IndexSnapshot> indexes = new LinkedHashMap<>();
        try (ResultSet result = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), table, false,
                false)) {
            while (result.next()) {
                String name = result.getString("INDEX_NAME");
                if (name == null || result.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                name = systemIndexName(lower(name));
                String element = String.valueOf(result.getString("COLUMN_NAME"));
                IndexSnapshot previous = indexes.get(lower(name));
                List<String> elements = new ArrayList<>(previous == null ? List.of() : previous.elements());
                elements.add(lower(element));
                indexes.put(lower(name), new IndexSnapshot(lower(name), !result.getBoolean("NON_UNIQUE"), elements,
                        text(result.getString("FILTER_CONDITION"))));
            }
        }
        return List.copyOf(indexes.values());
    }

    /** H2 numbers the indexes it makes for keys anew whenever it rebuilds a table; the number is left out. */
    private String systemIndexName(String name) {
        return kind.equals("h2") ? H2_SYSTEM_INDEX.matcher(name).replaceFirst("$1") : name;
    }

    private List<ForeignKeySnapshot> foreignKeys(DatabaseMetaData meta, String table) throws SQLException {
        Map<String, ForeignKeySnapshot> keys = new LinkedHashMap<>();
        try (ResultSet result = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), table)) {
            while (result.next()) {
                String name = lower(String.valueOf(result.getString("FK_NAME")));
                ForeignKeySnapshot previous = keys.get(name);
                List<String> columns = new ArrayList<>(previous == null ? List.of() : previous.columns());
                List<String> referred = new ArrayList<>(previous == null ? List.of() : previous.referredColumns());
                columns.add(lower(result.getString("FKCOLUMN_NAME")));
                referred.add(lower(result.getString("PKCOLUMN_NAME")));
                keys.put(name, new ForeignKeySnapshot(name, columns, lower(result.getString("PKTABLE_NAME")), referred,
                        rule(result.getShort("DELETE_RULE"))));
            }
        }
        return List.copyOf(keys.values());
    }

    private static String rule(short rule) {
        switch (rule) {
            case DatabaseMetaData.importedKeyCascade:
                return "CASCADE";
            case DatabaseMetaData.importedKeySetNull:
                return "SET NULL";
            case DatabaseMetaData.importedKeySetDefault:
                return "SET DEFAULT";
            case DatabaseMetaData.importedKeyRestrict:
                return "RESTRICT";
            default:
                return "NO ACTION";
        }
    }

    /** The names of the table's check constraints; an unnamed one on SQLite is {@code (unnamed)}. */
    private List<String> checks(String table) throws SQLException {
        switch (kind) {
            case "sqlite":
                return sqliteChecks(table);
            case "postgresql":
                return strings("SELECT con.conname FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE con.contype = 'c' "
                        + "AND n.nspname = current_schema() AND c.relname = ?", table);
            case "h2":
                return strings("SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                        + "WHERE CONSTRAINT_TYPE = 'CHECK' AND TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = ?", table);
            default:
                return strings("SELECT CONSTRAINT_NAME FROM information_schema.CHECK_CONSTRAINTS "
                        + "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ?", table);
        }
    }

    private List<String> sqliteChecks(String table) throws SQLException {
        List<String> definitions = strings("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table);
        List<String> checks = new ArrayList<>();
        Matcher matcher = SQLITE_CHECK.matcher(definitions.isEmpty() ? "" : definitions.get(0));
        while (matcher.find()) {
            checks.add(matcher.group(1) == null ? "(unnamed)" : matcher.group(1).replaceAll("[\"`]", ""));
        }
        return checks;
    }

    private Set<String> enumTypes() throws SQLException {
        if (!kind.equals("postgresql")) {
            return Set.of();
        }
        return new HashSet<>(strings("SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                + "WHERE t.typtype = 'e' AND n.nspname = current_schema()"));
    }

    /** The standalone sequences of the default schema, read where each database lists them. */
    private Map<String, SequenceSnapshot> sequences() throws SQLException {
        switch (kind) {
            case "postgresql":
                return sequences("SELECT c.relname, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle "
                        + "FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid "
                        + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                        + "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))");
            case "h2":
                return sequences("SELECT SEQUENCE_NAME, START_VALUE, INCREMENT, MINIMUM_VALUE, MAXIMUM_VALUE, "
                        + "CYCLE_OPTION = 'YES' FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()");
            case "mariadb":
                Map<String, SequenceSnapshot> sequences = new TreeMap<>();
                for (String name : strings("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'SEQUENCE'")) {
                    sequences.putAll(sequences("SELECT '" + name + "', start_value, increment, minimum_value, "
                            + "maximum_value, cycle_option FROM `" + name + "`"));
                }
                return sequences;
            default:
                return Map.of();
        }
    }

    private Map<String, SequenceSnapshot> sequences(String sql) throws SQLException {
        Map<String, SequenceSnapshot> sequences = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                sequences.put(lower(result.getString(1)), new SequenceSnapshot(result.getLong(2), result.getLong(3),
                        result.getLong(4), result.getLong(5), result.getBoolean(6)));
            }
        }
        return sequences;
    }

    private List<String> strings(String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values.stream().map(Catalog::lower).toList();
    }

    private static Optional<String> text(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
