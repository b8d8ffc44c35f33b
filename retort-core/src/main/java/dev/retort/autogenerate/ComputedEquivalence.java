package dev.retort.autogenerate;

import dev.retort.schema.Computed;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether two columns are computed the same way. Expressions are compared as {@link Expressions} spells
 * them (databases echo them with casts, parentheses, quoted names and other case), with calls of a function
 * by any of its names read as calls by the name the database echoes, as check conditions are
 * ({@link ConditionEquivalence}: MariaDB's {@code lcase} is {@code lower}, H2's {@code CHAR_LENGTH} is
 * {@code length}), and without the casts H2 puts on literals ({@code CAST(100 AS NUMERIC(3))}) or MySQL 8
 * on strings ({@code _utf8mb4'-'}); the storage counts only where the database keeps it as declared.
 */
final class ComputedEquivalence {
    private static final Pattern CHARSET_INTRODUCER = Pattern.compile("(?i)\\b_(utf8mb4|utf8mb3|utf8|latin1|binary)'");

    private final boolean storage;
    private final ConditionEquivalence functions;

    ComputedEquivalence(boolean storage, ConditionEquivalence functions) {
        this.storage = storage;
        this.functions = functions;
    }

    boolean same(Optional<Computed> wanted, Optional<Computed> actual) {
        if (wanted.isEmpty() || actual.isEmpty()) {
            return wanted.isEmpty() && actual.isEmpty();
        }
        if (storage && wanted.get().stored() != actual.get().stored()) {
            return false;
        }
        return canonical(wanted.get().sql()).equals(canonical(actual.get().sql()));
    }

    private String canonical(String sql) {
        String text = Expressions.LITERAL_CAST.matcher(sql).replaceAll("$1");
        text = CHARSET_INTRODUCER.matcher(text).replaceAll("'");
        return Expressions.canonical(functions.echoed(text));
    }
}
