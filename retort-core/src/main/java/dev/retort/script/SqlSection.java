package dev.retort.script;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of a SQL revision: the text after a {@code -- retort:upgrade} or {@code -- retort:downgrade}
 * marker up to the next marker or the end of the file, as written, with the marker's options.
 *
 * @param sql the text, line breaks normalised to {@code \n}
 * @param options the marker's {@code key=value} options, e.g. {@code transaction=false}
 * @param firstLine the line number in the file of the text's first line, for error messages
 */
public record SqlSection(String sql, Map<String, String> options, int firstLine) {

    /** The options a marker accepts, with the values each allows. */
    public static final Map<String, List<String>> KNOWN_OPTIONS = Map.of("transaction", List.of("true", "false"));

    public SqlSection {
        Objects.requireNonNull(sql, "sql");
        options = Map.copyOf(options);
        if (firstLine < 1) {
            throw new IllegalArgumentException("firstLine must be positive: " + firstLine);
        }
    }

    /** False when the marker says {@code transaction=false}: the statements run outside any transaction. */
    public boolean transactional() {
        return !"false".equals(options.get("transaction"));
    }

    /** Whether the section holds nothing but blanks. */
    public boolean isBlank() {
        return sql.isBlank();
    }
}
