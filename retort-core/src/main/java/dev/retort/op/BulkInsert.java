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
import java.util.TreeMap;

/**
 * Rows inserted into a table: {@code INSERT} statements with the values as parameters online, or as
 * literals offline. Each row maps column names to values (null for SQL {@code NULL}); the column types,
 * when given, tell the dialect how to write each value, and every row may name only those columns. A
 * map or list in a column of a JSON type is a JSON document ({@link JsonText}), written as its text.
 * With {@code multiInsert} a dialect may insert many rows in one statement. It cannot be reversed.
 *
 * <p>A row's columns are listed in the order of the column types when they are given (as SQLAlchemy lists a
 * table's columns), else in the row's own order; a row made by {@code Map.of}, whose order changes from one
 * JVM to the next, lists them by name, so that a script is the same on every run.
 */
public record BulkInsert(QualifiedName table, Map<String, ColumnType> columnTypes, List<Map<String, Object>> rows,
        boolean multiInsert) implements Operation {

    /** A map of the class {@code Map.of} gives for more than one entry, which iterates in a per-JVM order. */
    private static final Map<String, Object> UNORDERED_MAP = Map.of("a", 1, "b", 2);

    public BulkInsert {
        Objects.requireNonNull(table, "table");
        columnTypes = Collections.unmodifiableMap(
                new LinkedHashMap<>(inStableOrder(Objects.requireNonNull(columnTypes))));
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
            Map<String, Object> copy = new LinkedHashMap<>();
            inStableOrder(row, types).forEach((column, value) -> {
                Names.require(column, subject);
                if (!types.isEmpty() && !types.containsKey(column)) {
                    throw new SchemaDefinitionException(subject, "column " + column + " is not among the columns "
                            + "given: " + types.keySet());
                }
                copy.put(column, copyValue(value, column, types.get(column), subject));
            });
            copies.add(Collections.unmodifiableMap(copy));
        }
        return List.copyOf(copies);
    }

    private static Map<String, Object> inStableOrder(Map<String, Object> row, Map<String, ColumnType> types) {
        if (types.isEmpty()) {
            return inStableOrder(row);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        types.keySet().stream().filter(row::containsKey).forEach(column -> ordered.put(column, row.get(column)));
        row.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static <V> Map<String, V> inStableOrder(Map<String, V> columns) {
        return columns.getClass() == UNORDERED_MAP.getClass() ? new TreeMap<>(columns) : columns;
    }

    /**
     * The value, copied whole when it is a JSON document for a column of a JSON type, or a list of values (lists of
     * them, as deep as its dimensions) for a column of an array type.
     */
    private static Object copyValue(Object value, String column, ColumnType type, String subject) {
        if (JsonText.isDocument(value) && type != null && JsonText.holdsJson(type)) {
            return JsonText.copy(value, subject + ", column " + column);
        }
        if (value instanceof List<?> elements && type instanceof ColumnType.ArrayType array) {
            return copyArray(elements, array.dimensions(), subject + ", column " + column);
        }
        if (!StandardLiterals.isSupported(value)) {
            SchemaDefinitionException unsupported = StandardLiterals.unsupported(value);
            if (!JsonText.isDocument(value)) {
                throw unsupported;
            }
            throw new SchemaDefinitionException(unsupported.subject(), unsupported.problem() + "; a map or list is "
                    + "a JSON document, written only into a column of a JSON type, " + (type == null
                            ? "so give bulkInsert the table with its column types: op.bulkInsert(table(...), rows)"
                            : "which column " + column + " is not"));
        }
        return value;
    }

    private static List<Object> copyArray(List<?> elements, int dimensions, String subject) {
        List<Object> copy = new ArrayList<>(elements.size());
        for (Object element : elements) {
            if (element instanceof List<?> inner && dimensions > 1) {
                copy.add(copyArray(inner, dimensions - 1, subject));
            } else if (StandardLiterals.isSupported(element) && !(element instanceof List)) {
                copy.add(element);
            } else {
                throw new SchemaDefinitionException(subject, "an array holds values of its element type"
                        + (dimensions > 1 ? ", or lists of them as deep as its " + dimensions + " dimensions" : "")
                        + ", not " + element);
            }
        }
        return Collections.unmodifiableList(copy);
    }
}
