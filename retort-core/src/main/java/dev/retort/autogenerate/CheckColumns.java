package dev.retort.autogenerate;

import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> columns = new HashMap<>();
        table.columns().forEach(column -> columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column.name()));
        Set<String> named = new TreeSet<>();
        Matcher words = WORD.matcher(LITERAL.matcher(condition).replaceAll("''"));
        while (words.find()) {
            String column = columns.get(words.group().toLowerCase(Locale.ROOT));
            if (column != null) {
                named.add(column);
            }
        }
        return List.copyOf(named);
    }
}
