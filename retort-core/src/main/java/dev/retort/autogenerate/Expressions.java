package dev.retort.autogenerate;

import java.util.regex.Pattern;

/**
 * SQL conditions and index expressions in one spelling for comparison: databases echo them back with
 * extra parentheses, casts of literals ({@code 'x'::text}), other case and spacing, none of which
 * changes what they mean.
 */
final class Expressions {
    private static final Pattern CAST = Pattern.compile("::(character varying|double precision|bit varying"
            + "|time(stamp)? with(out)? time zone|[a-zA-Z_][a-zA-Z0-9_]*)(\\([0-9, ]*\\))?(\\[\\])*");
    /** H2's casts of literals, {@code CAST(0 AS BIGINT)} and {@code CAST(100 AS NUMERIC(3))}. */
    static final Pattern LITERAL_CAST = Pattern.compile(
            "(?i)\\bcast\\(\\s*(-?[0-9.]+|'[^']*')\\s+as\\s+[a-z ]+(\\([0-9, ]*\\))?\\s*\\)");
    /** A decimal number's trailing zeros ({@code 0.0}, {@code 1.50}), outside quotes and names. */
    private static final Pattern TRAILING_ZEROS = Pattern.compile(
            "(?<![\\w.])([0-9]+)(?:\\.0+|(\\.[0-9]*?)0+)(?![0-9])");

    private Expressions() {}

    static String normal(String sql) {
        StringBuilder out = new StringBuilder();
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        String text = CAST.matcher(sql).replaceAll("");
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                out.append(withoutTrailingZeros(unquoted));
                unquoted.setLength(0);
                quoted = !quoted;
                out.append(c);
            } else if (quoted) {
                out.append(c);
            } else if (c != '(' && c != ')' && c != '"' && c != '`' && !Character.isWhitespace(c)) {
                unquoted.append(Character.toLowerCase(c));
            }
        }
        return out.append(withoutTrailingZeros(unquoted)).toString();
    }

    private static String withoutTrailingZeros(CharSequence unquoted) {
        return TRAILING_ZEROS.matcher(unquoted).replaceAll("$1$2");
    }

    /**
     * The spelling both sides are brought to before comparing ({@link ConditionTree}): PostgreSQL keeps
     * {@code x IN ('a', 'b')} as {@code x = ANY (ARRAY['a', 'b'])}, {@code x BETWEEN 0 AND 3} as
     * {@code x >= 0 AND x <= 3} and {@code s LIKE 'a%'} as {@code (s)::text ~~ 'a%'::text}; H2 reorders the
     * operands of {@code AND} and {@code OR} and writes {@code NOT (x > 5)} as {@code x <= 5}.
     */
    static String canonical(String sql) {
        return ConditionTree.canonical(sql);
    }

    static boolean same(String left, String right) {
        return canonical(left).equals(canonical(right));
    }
}
