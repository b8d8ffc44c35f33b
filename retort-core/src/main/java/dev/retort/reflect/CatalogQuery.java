package dev.retort.reflect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One catalog query over a list of schemas, its rows made into values by a {@link RowReader}. */
final class CatalogQuery {

    /** Makes one value of the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    /**
     * Runs {@code sql}, in which {@code {schemas}} stands for as many parameters as there are schemas,
     * each parameter list given in turn for each occurrence.
     */
    static <T> List<T> rows(Connection connection, String sql, List<String> schemas, RowReader<T> reader)
            throws SQLException {
        String placeholders = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        String expanded = sql.replace("{schemas}", placeholders);
        int occurrences = (sql.length() - sql.replace("{schemas}", "").length()) / "{schemas}".length();
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(expanded)) {
            int parameter = 1;
            for (int i = 0; i < occurrences; i++) {
                for (String schema : schemas) {
                    statement.setString(parameter++, schema);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
        }
        return rows;
    }

    /** A column holding an SQL array of strings, as a list; empty for NULL. */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        List<String> strings = new ArrayList<>();
        for (Object value : values) {
            strings.add(value == null ? null : value.toString());
        }
        return strings;
    }

    /** A nullable long column. */
    static java.util.OptionalLong optionalLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(value);
    }
}
