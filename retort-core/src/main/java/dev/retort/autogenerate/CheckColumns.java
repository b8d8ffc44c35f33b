package dev.retort.autogenerate;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The columns of a table a check condition names, outside its string literals, in name order. */
final class CheckColumns {
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private CheckColumns() {}

    static List<String> of(String condition, Table table) {
        Set<String> named = new TreeSet<>();
        Matcher words = WORD.matcher(LITERAL.matcher(condition).replaceAll("''"));
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            table.columns().stream().map(Column::name).filter(column -> column.toLowerCase(Locale.ROOT).equals(word))
                    .findFirst().ifPresent(named::add);
        }
        return List.copyOf(named);
    }
}
