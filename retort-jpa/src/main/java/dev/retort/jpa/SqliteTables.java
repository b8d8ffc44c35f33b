package dev.retort.jpa;

import dev.retort.schema.Autoincrement;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.Constraint;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table as retort's reflection reads it back from SQLite:
 * <ul>
 * <li>the lone key column numbers itself when it is declared {@code integer} (it is then the rowid, whether
 *     Hibernate made it an identity or not), and is marked as not numbering itself when it is another
 *     integer type; no other column says anything about numbering;
 * <li>a {@code varchar} as long as its longest value with an unnamed {@code check (column in ('A','B'))},
 *     Hibernate's {@code @Enumerated(STRING)}, is the enum SQLite's compiler writes the same way.
 * </ul>
 */
final class SqliteTables {
    private static final String STRING = "\\s*'(?:[^']|'')*'\\s*";
    private static final Pattern IN_LIST = Pattern.compile(
            "\\s*\"?([A-Za-z_][A-Za-z0-9_$]*)\"?\\s+(?i:in)\\s*\\(((?:" + STRING + ",)*" + STRING + ")\\)\\s*");
    private static final Pattern VALUE = Pattern.compile("'((?:[^']|'')*)'");

    private SqliteTables() {
    }

    static Table stored(Table table) {
        List<Column> columns = new ArrayList<>();
        Optional<String> loneKey = table.primaryKey().map(PrimaryKey::columns)
                .filter(key -> key.size() == 1).map(key -> key.get(0));
        for (Column column : table.columns()) {
            columns.add(withAutoincrement(column, loneKey.filter(column.name()::equals).isPresent()
                    ? rowidNumbering(column.type()) : Autoincrement.AUTO));
        }
        List<Constraint> constraints = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (!(constraint instanceof CheckConstraint check && check.name().isEmpty() && madeEnum(columns, check))) {
                constraints.add(constraint);
            }
        }
        return new Table(table.name(), columns, table.primaryKey(), constraints, table.indexes(), table.comment());
    }

    /** An {@code integer} key is the rowid, which numbers itself; a key of another integer type does not. */
    private static Autoincrement rowidNumbering(ColumnType type) {
        if (type instanceof ColumnType.IntegerType integer) {
            return integer.width() == Width.NORMAL ? Autoincrement.AUTO : Autoincrement.DISABLED;
        }
        return Autoincrement.AUTO;
    }

    private static Column withAutoincrement(Column column, Autoincrement autoincrement) {
        return new Column(column.name(), column.type(), column.nullable(), column.serverDefault(), autoincrement,
                column.identity(), column.comment(), column.inline(),
                column.computed());
    }

    /** Whether the check lists the values of a column that is then an enum; the column's type is replaced. */
    private static boolean madeEnum(List<Column> columns, CheckConstraint check) {
        Matcher matcher = IN_LIST.matcher(check.condition());
        if (!matcher.matches()) {
            return false;
        }
        List<String> values = new ArrayList<>();
        Matcher value = VALUE.matcher(matcher.group(2));
        while (value.find()) {
            values.add(value.group(1).replace("''", "'"));
        }
        if (values.stream().distinct().count() != values.size()) {
            return false;
        }
        int longest = Math.max(1, values.stream().mapToInt(String::length).max().orElse(1));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.name().equals(matcher.group(1)) && column.type() instanceof ColumnType.StringType string
                    && string.collation().isEmpty() && string.length().equals(OptionalInt.of(longest))) {
                columns.set(i, column.withType(new ColumnType.EnumType(Optional.empty(), values)));
                return true;
            }
        }
        return false;
    }
}
