package dev.retort.jpa;

import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says which column of a table numbers itself as reflection says it, so the two agree: Hibernate never
 * asks for a column that numbers itself without saying so, hence a lone integer key the model's
 * autoincrement rule would pick is {@link Autoincrement#DISABLED}; an identity that the database stores
 * as its autoincrement column ({@code AUTO_INCREMENT}, H2's identity) is that column, marked only where
 * the rule would not pick it, or an explicit identity where the rule cannot say it.
 */
final class Numbering {

    private Numbering() {
    }

    /** {@code table} with its numbering said; {@code numbered} is the identity column stored as autoincrement. */
    static Table mark(Table table, Optional<String> numbered) {
        Optional<Table> marked = marked(table, numbered);
        if (marked.isPresent()) {
            return marked.get();
        }
        List<Column> explicit = table.columns().stream()
                .map(column -> numbered.filter(column.name()::equals).isPresent()
                        ? column.identity(Identity.byDefault()) : column)
                .toList();
        Table identity = new Table(table.name(), explicit, table.primaryKey(), table.constraints(), table.indexes(),
                table.comment());
        return marked(identity, Optional.empty()).orElse(identity);
    }

    private static Optional<Table> marked(Table table, Optional<String> numbered) {
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
            columns.add(column.name().equals(columnName) ? new Column(column.name(), column.type(), column.nullable(),
                    column.serverDefault(), autoincrement, column.identity(), column.comment(), column.inline(),
                column.computed())
                    : column);
        }
        return new Table(table.name(), columns, table.primaryKey(), table.constraints(), table.indexes(),
                table.comment());
    }
}
