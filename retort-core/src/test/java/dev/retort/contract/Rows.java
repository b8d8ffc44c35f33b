package dev.retort.contract;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows a query returned, each a map of lower-cased column label to its value as a string (or null). */
record Rows(List<Map<String, String>> rows) {

    Rows {
        rows = List.copyOf(rows);
    }

    static Rows read(Connection connection, String sql) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), result.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return new Rows(rows);
    }

    /** The values of one column, in row order. */
    List<String> column(String label) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(label)));
        return values;
    }

    Map<String, String> row(int index) {
        return rows.get(index);
    }

    int size() {
        return rows.size();
    }
}
