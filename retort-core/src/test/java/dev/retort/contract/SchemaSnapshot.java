package dev.retort.contract;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the catalog says about the schema at one moment: the tables of the default schema, the enum
 * types it defines and its standalone sequences (not those of serial or identity columns), each by name
 * with its numbers. Names are lower-cased, lists sorted, so two snapshots of the same schema are equal.
 */
record SchemaSnapshot(Map<String, TableSnapshot> tables, Set<String> enumTypes,
        Map<String, SequenceSnapshot> sequences) {

    SchemaSnapshot {
        tables = new TreeMap<>(tables);
        enumTypes = Set.copyOf(enumTypes);
        sequences = new TreeMap<>(sequences);
    }

    /** A sequence's numbers as the database keeps them, its defaults filled in. */
    record SequenceSnapshot(long start, long increment, long minValue, long maxValue, boolean cycle) {}

    TableSnapshot table(String name) {
        TableSnapshot table = tables.get(name);
        if (table == null) {
            throw new AssertionError("no table " + name + " in " + tables.keySet());
        }
        return table;
    }

    /** A table: its columns in order, key, indexes, foreign keys, check constraints and comment. */
    record TableSnapshot(List<ColumnSnapshot> columns, Optional<KeySnapshot> primaryKey, List<IndexSnapshot> indexes,
            List<ForeignKeySnapshot> foreignKeys, List<String> checks, Optional<String> comment) {

        TableSnapshot {
            columns = List.copyOf(columns);
            indexes = indexes.stream().sorted(Comparator.comparing(IndexSnapshot::name)).toList();
            foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKeySnapshot::name)).toList();
            checks = checks.stream().sorted().toList();
        }

        ColumnSnapshot column(String name) {
            return columns.stream().filter(column -> column.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no column " + name + " in " + columns));
        }

        Optional<IndexSnapshot> index(String name) {
            return indexes.stream().filter(index -> index.name().equals(name)).findFirst();
        }

        List<String> columnNames() {
            return columns.stream().map(ColumnSnapshot::name).toList();
        }
    }

    /**
     * A column: {@code type} as the driver names it, lower-cased; {@code size} its length or precision;
     * {@code defaultValue} the default as the catalog writes it.
     */
    record ColumnSnapshot(String name, String type, int size, boolean nullable, Optional<String> defaultValue,
            Optional<String> comment) {}

    record KeySnapshot(String name, List<String> columns) {}

    /** An index: {@code elements} are its columns, or the expressions where the driver gives them. */
    record IndexSnapshot(String name, boolean unique, List<String> elements, Optional<String> where) {}

    /** A foreign key; {@code onDelete} is the rule's name as {@link java.sql.DatabaseMetaData} numbers it. */
    record ForeignKeySnapshot(String name, List<String> columns, String referredTable, List<String> referredColumns,
            String onDelete) {}
}
