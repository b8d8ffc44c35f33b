package dev.retort.op;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows inserted into a table: {@code INSERT} statements with the values as parameters online, or as
 * literals offline. Each row maps column names to values (null for SQL {@code NULL}); the column types,
 * when given, tell the dialect how to write each value, and every row may name only those columns.
 * With {@code multiInsert} a dialect may insert many rows in one statement. It cannot be reversed.
 */
public record BulkInsert(QualifiedName table, Map<String, ColumnType> columnTypes, List<Map<String, Object>> rows,
        boolean multiInsert) implements Operation {

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        columnTypes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(columnTypes)));
        columnTypes.keySet().forEach(column -> Names.require(column, "column of bulk insert into " + table));
        columnTypes.values().forEach(type -> Objects.requireNonNull(type, "column type"));
        rows = copyRows(table, columnTypes, Objects.requireNonNull(rows, "rows"));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBulkInsert(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }

    private static List<Map<String, Object>> copyRows(QualifiedName table, Map<String, ColumnType> types,
            List<Map<String, Object>> rows) {
        List<Map<String, Object>> copies = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            String subject = "row " + (copies.size() + 1) + " of bulk insert into " + table;
            Objects.requireNonNull(row, subject);
            row.forEach((column, value) -> {
                Names.require(column, subject);
                if (!types.isEmpty() && !types.containsKey(column)) {
                    throw new SchemaDefinitionException(subject, "column " + column + " is not among the columns "
                            + "given: " + types.keySet());
                }
                if (!StandardLiterals.isSupported(value)) {
                    throw StandardLiterals.unsupported(value);
                }
            });
            copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        return List.copyOf(copies);
    }
}
