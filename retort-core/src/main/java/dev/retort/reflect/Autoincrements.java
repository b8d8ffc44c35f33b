package dev.retort.reflect;

import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Marks which column of a reflected table numbers itself (SERIAL, AUTO_INCREMENT, an identity used as
 * one) with the least the model needs to say it: {@link Autoincrement#AUTO} wherever the compilers'
 * rule already picks the right column, {@code DISABLED} on a lone integer key that does not number
 * itself, {@code ENABLED} on a numbered key column the rule would not pick.
 */
final class Autoincrements {

    private Autoincrements() {
    }

    /** The table with its numbering said; empty when the model cannot say it (a column outside the key). */
    static Optional<Table> mark(Table table, Optional<String> numbered) {
        Table marked = table;
        Optional<String> picked = AutoincrementColumns.of(marked).map(Column::name);
        if (picked.equals(numbered)) {
            return Optional.of(marked);
        }
        if (picked.isPresent()) {
            marked = with(marked, picked.get(), Autoincrement.DISABLED);
        }
        if (numbered.isPresent()) {
            marked = with(marked, numbered.get(), Autoincrement.ENABLED);
        }
        return AutoincrementColumns.of(marked).map(Column::name).equals(numbered) ? Optional.of(marked)
                : Optional.empty();
    }

    private static Table with(Table table, String columnName, Autoincrement autoincrement) {
        List<Column> columns = new ArrayList<>();
        for (Column column : table.columns()) {
            columns.add(column.name().equals(columnName) ? withAutoincrement(column, autoincrement) : column);
        }
        return new Table(table.name(), columns, table.primaryKey(), table.constraints(), table.indexes(),
                table.comment());
    }

    private static Column withAutoincrement(Column column, Autoincrement autoincrement) {
        return new Column(column.name(), column.type(), column.nullable(), column.serverDefault(), autoincrement,
                column.identity(), column.comment(), column.inline(),
                column.computed());
    }
}
