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

/**
 * What SQLite keeps beside a table and a rebuild of it (batch mode's move and copy) loses or leaves unchecked:
 * the table's own triggers, which {@code DROP TABLE} drops with it; and the views and other tables'
 * triggers that read it, which SQLite checks only when they run.
 */
public final class SqliteDependents {

    /** The objects of one schema whose SQL names the table. */
    public record Dependents(List<String> ownTriggers, List<String> views,
            Map<String, List<String>> triggeredTables) {}

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
                    }
                }
            }
            Map<String, List<String>> triggeredTables = new LinkedHashMap<>();
            for (String owner : triggered) {
                // A trigger on a view (INSTEAD OF) runs only for the statements the view takes; left unchecked.
                if (!allViews.contains(owner.toLowerCase(Locale.ROOT))) {
                    triggeredTables.put(owner, settableColumns(connection, schema, owner));
                }
            }
            return new Dependents(ownTriggers, views, triggeredTables);
        } catch (SQLException e) {
            throw new ReflectionException(table, "the database refused to list its triggers and views: "
                    + e.getMessage(), e);
        }
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
