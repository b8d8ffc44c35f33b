package dev.retort.reflect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Constraint;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Finds the enums of a database without enum types, as the compilers write them: a {@code VARCHAR} as
 * long as the longest value with an unnamed {@code CHECK (column IN ('a', 'b'))}. Such a column reads
 * as the unnamed {@link ColumnType.EnumType} it was made from, and its check is left out. A one-value enum's
 * check may read {@code column = 'a'}, as H2 echoes it.
 */
final class EnumChecks {

    private EnumChecks() {
    }

    /** The table with its enum columns recognised; {@code generatedName} tells the names the database made up. */
    static Table recognised(Table table, Predicate<String> generatedName) {
        List<Column> columns = new ArrayList<>(table.columns());
        List<Constraint> constraints = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            Optional<Integer> column = constraint instanceof CheckConstraint check
                    && check.name().map(generatedName::test).orElse(true)
                    ? enumColumn(columns, check.condition()) : Optional.empty();
            if (column.isEmpty()) {
                constraints.add(constraint);
            }
        }
        return new Table(table.name(), columns, table.primaryKey(), constraints, table.indexes(), table.comment());
    }

    /** The index of the column the condition makes an enum of, its type replaced; empty if it is no such check. */
    private static Optional<Integer> enumColumn(List<Column> columns, String condition) {
        List<SqlTokens.Token> tokens = SqlTokens.of(condition);
        if (tokens.size() == 3 && tokens.get(0).isName() && tokens.get(0).kind() != SqlTokens.Kind.STRING
                && tokens.get(1).value().equals("=") && tokens.get(2).kind() == SqlTokens.Kind.STRING) {
            // H2 echoes IN with one value as an equality
            return enumColumn(columns, tokens.get(0).value(), List.of(tokens.get(2).value()));
        }
        if (tokens.size() < 5 || !tokens.get(0).isName() || tokens.get(0).kind() == SqlTokens.Kind.STRING
                || !tokens.get(1).isWord("IN") || tokens.get(2).kind() != SqlTokens.Kind.OPEN
                || SqlTokens.matching(tokens, 2) != tokens.size() - 1) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 3; i < tokens.size() - 1; i++) {
            SqlTokens.Kind expected = (i - 3) % 2 == 0 ? SqlTokens.Kind.STRING : SqlTokens.Kind.COMMA;
            if (tokens.get(i).kind() != expected) {
                return Optional.empty();
            }
            if (expected == SqlTokens.Kind.STRING) {
                values.add(tokens.get(i).value());
            }
        }
        return enumColumn(columns, tokens.get(0).value(), values);
    }

    private static Optional<Integer> enumColumn(List<Column> columns, String name, List<String> values) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.name().equals(name) && isVarcharOfLongest(column.type(), values)) {
                columns.set(i, column.withType(new ColumnType.EnumType(Optional.empty(), values)));
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean isVarcharOfLongest(ColumnType type, List<String> values) {
        if (values.isEmpty() || values.stream().distinct().count() != values.size()) {
            return false;
        }
        int longest = Math.max(1, values.stream().mapToInt(String::length).max().orElse(1));
        return type instanceof ColumnType.StringType string && string.collation().isEmpty()
                && string.length().equals(OptionalInt.of(longest));
    }
}
