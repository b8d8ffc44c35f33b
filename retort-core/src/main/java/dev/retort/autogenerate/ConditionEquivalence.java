package dev.retort.autogenerate;

import dev.retort.dialect.Dialect;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether two check conditions mean the same on one database: as {@link Expressions} spells them, with calls
 * of a function by any of its names ({@link Dialect#functionSynonyms()}) read as calls by the name the
 * database echoes, so that MariaDB's {@code octet_length(name)} is the model's {@code length(name)}.
 */
final class ConditionEquivalence {
    private final Map<String, String> synonyms;
    private final Pattern calls;

    ConditionEquivalence(Map<String, String> synonyms) {
        this.synonyms = Map.copyOf(synonyms);
        this.calls = synonyms.isEmpty() ? null : Pattern.compile("(?i)(?<![\\w.$])("
                + synonyms.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(\\s*\\()");
    }

    static ConditionEquivalence of(Dialect dialect) {
        return new ConditionEquivalence(dialect.functionSynonyms());
    }

    boolean same(String left, String right) {
        return Expressions.same(echoed(left), echoed(right));
    }

    /** {@code sql} with each call by another name made by the echoed name, outside string literals. */
    String echoed(String sql) {
        if (calls == null) {
            return sql;
        }
        String[] parts = sql.split("'", -1);
        for (int i = 0; i < parts.length; i += 2) {
            Matcher matcher = calls.matcher(parts[i]);
            parts[i] = matcher.replaceAll(call -> Matcher.quoteReplacement(
                    synonyms.get(call.group(1).toLowerCase(Locale.ROOT)) + call.group(2)));
        }
        return String.join("'", parts);
    }
}
