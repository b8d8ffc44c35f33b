package dev.retort.dialect.ddl;

import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Which column of a table numbers itself (SQLAlchemy's {@code _autoincrement_column}): an integer
 * primary key column with no server default, no identity and no expression, either the lone key column unless it is
 * {@link Autoincrement#DISABLED} or a foreign key, or the key column marked {@link Autoincrement#ENABLED}.
 */
public final class AutoincrementColumns {

    private AutoincrementColumns() {
    }

    /** The column of {@code table} that autoincrements, if any. */
    public static Optional<Column> of(Table table) {
        List<String> key = table.primaryKey().map(PrimaryKey::columns).orElse(List.of());
        List<Column> candidates = key.stream()
                .map(name -> table.column(name).orElseThrow())
                .filter(AutoincrementColumns::mayNumberItself)
                .toList();
        if (key.size() == 1 && candidates.size() == 1) {
            Column column = candidates.get(0);
            boolean referencing = isReferencing(table.constraints(), column.name());
            return column.autoincrement() == Autoincrement.ENABLED || !referencing ? Optional.of(column)
                    : Optional.empty();
        }
        return candidates.stream().filter(column -> column.autoincrement() == Autoincrement.ENABLED).findFirst();
    }

    /**
     * The column of {@code table} that autoincrements where only a key of that one column can (SQLite, whose
     * row id numbers a lone {@code INTEGER} key and nothing in a key of several columns), if any.
     */
    public static Optional<Column> ofLoneKey(Table table) {
        return of(table).filter(column -> table.primaryKey().map(PrimaryKey::columns)
                .equals(Optional.of(List.of(column.name()))));
    }

    /**
     * The lone key column of {@code table} that autoincrements because it is marked {@link Autoincrement#ENABLED},
     * if any: SQLite writes only that one {@code AUTOINCREMENT}, which never hands out a deleted row's number again
     * (and which it refuses in a key of several columns).
     */
    public static Optional<Column> marked(Table table) {
        return ofLoneKey(table).filter(column -> column.autoincrement() == Autoincrement.ENABLED);
    }

    /** Whether a column added on its own, marked primary key, numbers itself. */
    public static boolean isAutoincrement(Column added) {
        return added.inline().primaryKey() && mayNumberItself(added) && added.inline().references().isEmpty();
    }

    private static boolean mayNumberItself(Column column) {
        return column.type() instanceof ColumnType.IntegerType
                && column.autoincrement() != Autoincrement.DISABLED
                && column.serverDefault().isEmpty()
                && column.identity().isEmpty()
                && column.computed().isEmpty();
    }

    private static boolean isReferencing(List<Constraint> constraints, String column) {
        return constraints.stream().anyMatch(constraint -> constraint instanceof ForeignKey foreignKey
                && foreignKey.columns().contains(column));
    }
}
