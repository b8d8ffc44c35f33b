package dev.retort.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rows a table of the models must hold from the moment it is created, such as the one row of a table that
 * emulates a sequence: autogenerate inserts them right after it creates the table. They are not compared
 * with what a database holds.
 *
 * @param table the table they go into
 * @param rows each row's values by column name, in column order
 */
public record InitialRows(QualifiedName table, List<Map<String, Object>> rows) {
    public InitialRows {
        Objects.requireNonNull(table, "table");
        rows = rows.stream().map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
        if (rows.isEmpty()) {
            throw new SchemaDefinitionException("initial rows of " + table, "there are none");
        }
    }
}
