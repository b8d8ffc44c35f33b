package dev.retort.autogenerate.render;

import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a table's constraints can be written on its columns, as people write them
 * ({@code column("id", INTEGER).primaryKey()}, {@code .unique()}, {@code .references("account.id")}),
 * such that {@code Table.of} lifts them back to exactly the same table: an unnamed key whose columns are
 * in table order, and the unnamed one-column constraints at the end of the list in the order the columns
 * would lift them.
 */
final class TableLayout {
    private final boolean keyInline;
    private final List<Constraint> tableConstraints;
    private final Map<String, Column.Inline> inline;

    private TableLayout(boolean keyInline, List<Constraint> tableConstraints, Map<String, Column.Inline> inline) {
        this.keyInline = keyInline;
        this.tableConstraints = tableConstraints;
        this.inline = inline;
    }

    static TableLayout of(Table table) {
        List<String> columnOrder = table.columns().stream().map(Column::name).toList();
        boolean keyInline = table.primaryKey().filter(key -> key.name().isEmpty())
                .map(PrimaryKey::columns)
                .filter(columns -> columnOrder.stream().filter(columns::contains).toList().equals(columns))
                .isPresent();
        List<Constraint> constraints = table.constraints();
        for (int start = 0; start <= constraints.size(); start++) {
            Optional<Map<String, Column.Inline>> assigned = assign(table.columns(),
                    constraints.subList(start, constraints.size()));
            if (assigned.isPresent()) {
                Map<String, Column.Inline> inline = assigned.get();
                if (keyInline) {
                    table.primaryKey().get().columns().forEach(column -> inline.merge(column,
                            new Column.Inline(true, false, Optional.empty()), TableLayout::merge));
                }
                return new TableLayout(keyInline, List.copyOf(constraints.subList(0, start)), inline);
            }
        }
        throw new IllegalStateException("the empty suffix is always assignable");
    }

    /** The column as written in the table's elements, with its inline constraints. */
    Column inlineColumn(Column column) {
        Column.Inline marks = inline.getOrDefault(column.name(), Column.Inline.NONE);
        Column written = marks.primaryKey() ? column.primaryKey() : column;
        written = marks.unique() ? written.unique() : written;
        return marks.references().map(written::references).orElse(written);
    }

    boolean keyInline() {
        return keyInline;
    }

    /** The constraints written as elements of the table, in order. */
    List<Constraint> tableConstraints() {
        return tableConstraints;
    }

    private static Optional<Map<String, Column.Inline>> assign(List<Column> columns, List<Constraint> suffix) {
        Map<String, Column.Inline> marks = new HashMap<>();
        int next = 0;
        for (Column column : columns) {
            boolean unique = next < suffix.size() && isInlineUnique(suffix.get(next), column.name());
            if (unique) {
                next++;
            }
            Optional<ForeignKey> references = Optional.empty();
            if (next < suffix.size() && isInlineReference(suffix.get(next), column.name())) {
                references = Optional.of((ForeignKey) suffix.get(next));
                next++;
            }
            if (unique || references.isPresent()) {
                marks.put(column.name(), new Column.Inline(false, unique, references));
            }
        }
        return next == suffix.size() ? Optional.of(marks) : Optional.empty();
    }

    private static boolean isInlineUnique(Constraint constraint, String column) {
        return constraint instanceof UniqueConstraint unique && unique.name().isEmpty()
                && unique.columns().equals(List.of(column));
    }

    private static boolean isInlineReference(Constraint constraint, String column) {
        return constraint instanceof ForeignKey key && key.name().isEmpty() && key.columns().equals(List.of(column));
    }

    private static Column.Inline merge(Column.Inline a, Column.Inline b) {
        return new Column.Inline(a.primaryKey() || b.primaryKey(), a.unique() || b.unique(),
                a.references().or(b::references));
    }
}
