package dev.retort.reflect;

import dev.retort.schema.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SQLite keeps beside a table and a rebuild of it (batch mode's move and copy) loses or leaves unchecked:
 * the table's own triggers, which {@code DROP TABLE} drops with it; and the views, other tables' triggers and
 * views' {@code INSTEAD OF} triggers that read or write it, which SQLite checks only when they run.
 */
public final class SqliteDependents {
    private static final Pattern INSTEAD_OF = Pattern.compile("(?i)\\bINSTEAD\\s+OF\\s+(INSERT|UPDATE|DELETE)\\b");

    /**
     * The objects of one schema whose SQL names the table; {@code triggeredViews} are the views with {@code INSTEAD
     * OF} triggers that name it, each with its columns and the statements ({@code INSERT}, {@code UPDATE}, {@code
     * DELETE}) that fire them.
     */
    public record Dependents(List<String> ownTriggers, List<String> views,
            Map<String, List<String>> triggeredTables, Map<String, TriggeredView> triggeredViews,
            List<ReferringKey> referringKeys) {}

    /** A foreign key of another table that names the columns of the table it refers to. */
    public record ReferringKey(String table, List<String> columns, List<String> referredColumns) {}

    /** A view's columns and the statements whose {@code INSTEAD OF} triggers name the rebuilt table. */
    public record TriggeredView(List<String> columns, Set<String> statements) {}

    private SqliteDependents() {
    }

    /** Whether the connection enforces foreign keys ({@code PRAGMA foreign_keys}). */
    public static boolean foreignKeysEnforced(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
            return rows.next() && rows.getInt(1) != 0;
        } catch (SQLException e) {
            throw new ReflectionException(QualifiedName.of("sqlite_master"), "the database refused to say whether"
                    + " it enforces foreign keys: " + e.getMessage(), e);
        }
    }

    /**
     * The {@code CREATE TRIGGER} statements of the table's triggers, in creation order; the views whose SQL
     * names the table; and the tables with triggers (its own, or triggers whose SQL names it), each with the
     * columns an {@code UPDATE} may set. A name is found by a case-blind match: a superset.
     */
    public static Dependents of(Connection connection, QualifiedName table) {
        String prefix = table.schema().map(schema -> SqliteCatalog.quote(schema) + ".").orElse("");
        String schema = table.schema().orElse("main");
        List<String> ownTriggers = new ArrayList<>();
        List<String> views = new ArrayList<>();
        Set<String> allViews = new HashSet<>();
        Set<String> triggered = new LinkedHashSet<>();
        Map<String, Set<String>> viewStatements = new LinkedHashMap<>();
        String name = table.name().toLowerCase(Locale.ROOT);
        try {
            try (PreparedStatement query = connection.prepareStatement("SELECT type, name, tbl_name, sql FROM "
                    + prefix + "sqlite_master WHERE type IN ('trigger', 'view') AND sql IS NOT NULL ORDER BY rowid");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String owner = rows.getString("tbl_name");
                    String sql = rows.getString("sql");
                    boolean mentions = sql.toLowerCase(Locale.ROOT).contains(name);
                    if (rows.getString("type").equals("view")) {
                        allViews.add(rows.getString("name").toLowerCase(Locale.ROOT));
                        if (mentions) {
                            views.add(rows.getString("name"));
                        }
                    } else if (owner.equalsIgnoreCase(table.name())) {
                        ownTriggers.add(sql);
                        triggered.add(owner);
                    } else if (mentions) {
                        triggered.add(owner);
                        Matcher event = INSTEAD_OF.matcher(sql);
                        if (event.find()) {
                            viewStatements.computeIfAbsent(owner, view -> new LinkedHashSet<>())
                                    .add(event.group(1).toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
            Map<String, List<String>> triggeredTables = new LinkedHashMap<>();
            Map<String, TriggeredView> triggeredViews = new LinkedHashMap<>();
            for (String owner : triggered) {
                if (!allViews.contains(owner.toLowerCase(Locale.ROOT))) {
                    triggeredTables.put(owner, settableColumns(connection, schema, owner));
                } else if (viewStatements.containsKey(owner)) {
                    triggeredViews.put(owner, new TriggeredView(settableColumns(connection, schema, owner),
                            Set.copyOf(viewStatements.get(owner))));
                }
            }
            return new Dependents(ownTriggers, views, triggeredTables, triggeredViews,
                    referringKeys(connection, prefix, schema, table.name()));
        } catch (SQLException e) {
            throw new ReflectionException(table, "the database refused to list its triggers and views: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The foreign keys of the schema's other tables that refer to the table by column names (a key that names none
     * refers to its primary key, whatever it is called).
     */
    private static List<ReferringKey> referringKeys(Connection connection, String prefix, String schema, String table)
            throws SQLException {
        // By table and key number; a composite key has a row per column.
        Map<List<Object>, ReferringKey> keys = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT m.name, k.id, k.\"from\", k.\"to\" FROM "
                + prefix + "sqlite_master m, pragma_foreign_key_list(m.name, ?) k WHERE m.type = 'table'"
                + " AND lower(k.\"table\") = lower(?) AND lower(m.name) <> lower(?) AND k.\"to\" IS NOT NULL"
                + " ORDER BY m.name, k.id, k.seq")) {
            query.setString(1, schema);
            query.setString(2, table);
            query.setString(3, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ReferringKey key = keys.computeIfAbsent(List.of(rows.getString(1), rows.getInt(2)),
                            id -> new ReferringKey((String) id.get(0), new ArrayList<>(), new ArrayList<>()));
                    key.columns().add(rows.getString(3));
                    key.referredColumns().add(rows.getString(4));
                }
            }
        }
        return keys.values().stream().map(key -> new ReferringKey(key.table(), List.copyOf(key.columns()),
                List.copyOf(key.referredColumns()))).toList();
    }

    /** The columns of a table that are not generated. */
    private static List<String> settableColumns(Connection connection, String schema, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT name FROM pragma_table_xinfo(?, ?) WHERE hidden = 0 ORDER BY cid")) {
            query.setString(1, table);
            query.setString(2, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
