package dev.retort.dialect.mysql;

import dev.retort.dialect.ddl.IndexOptions;
import dev.retort.schema.Index;
import dev.retort.schema.SqlExpression;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefix lengths of an index's columns, from its {@code mysql_length} option: one number for every
 * column ({@code "10"}, SQLAlchemy's int) or numbers per column ({@code "name=10,code=5"}, SQLAlchemy's
 * dict), the columns not named then indexed whole.
 */
final class MySqlIndexLengths {
    private static final String EXPECTED = "a number of characters (\"10\") or numbers per column "
            + "(\"name=10,code=5\")";

    private MySqlIndexLengths() {
    }

    /** The length of each column that has one, by column name. */
    static Map<String, Integer> of(Index index, IndexOptions options) {
        String value = options.value("length").orElseThrow();
        Map<String, Integer> lengths = new LinkedHashMap<>();
        if (!value.contains("=")) {
            int length = options.positiveNumber("length", value, EXPECTED);
            index.elements().stream().filter(SqlExpression.class::isInstance).findFirst().ifPresent(expression -> {
                throw options.refused("length", "one length for every element, which cannot apply to the "
                        + "expression " + ((SqlExpression) expression).sql() + "; give lengths per column instead "
                        + "(\"name=10\")");
            });
            index.columnNames().forEach(column -> lengths.put(column, length));
            return lengths;
        }
        for (String entry : value.split(",", -1)) {
            String[] parts = entry.split("=", -1);
            if (parts.length != 2) {
                throw options.invalid("length", EXPECTED);
            }
            String column = parts[0].strip();
            if (!index.columnNames().contains(column)) {
                throw options.invalid("length", "a length of a column of the index, which has "
                        + index.columnNames() + " and not '" + column + "'");
            }
            if (lengths.put(column, options.positiveNumber("length", parts[1], EXPECTED)) != null) {
                throw options.invalid("length", "one length per column, as it gives " + column + " two");
            }
        }
        return lengths;
    }
}
