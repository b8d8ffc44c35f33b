package dev.retort.autogenerate;

import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two server defaults mean the same: a literal and the same value written as SQL
 * ({@code 'abc'}, {@code 0}), numbers however they are spelled ({@code 1.50} and {@code 1.5}), and SQL
 * expressions that differ only in case, spacing, enclosing parentheses or PostgreSQL casts of string
 * literals ({@code 'abc'::character varying}, {@code 'a'::text || 'b'::text}), or in the synonyms databases
 * echo for the current time;
 * booleans equal the 1 and 0 that databases without a boolean type keep.
 */
final class DefaultEquivalence {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern CAST = Pattern.compile("^(.*?)::[a-z][a-z0-9_ ]*(\\([0-9, ]*\\))?(\\[\\])*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    private static final String ON_UPDATE = " on update ";
    /** A string literal cast to a text type inside an expression, as PostgreSQL echoes it: {@code 'a'::text}. */
    private static final Pattern LITERAL_CAST = Pattern.compile(
            "('(?:[^']|'')*')::(?:text|character varying|varchar|bpchar|character)(?![a-z_])",
            Pattern.CASE_INSENSITIVE);

    private DefaultEquivalence() {}

    static boolean same(Optional<ServerDefault> wanted, Optional<ServerDefault> actual) {
        if (wanted.isEmpty() || actual.isEmpty()) {
            return wanted.isEmpty() && actual.isEmpty();
        }
        return canonical(wanted.get()).equals(canonical(actual.get()));
    }

    /** One spelling per meaning: {@code literal:<text>} for values, {@code sql:<normalised>} otherwise. */
    static String canonical(ServerDefault value) {
        if (value instanceof ServerDefault.Literal literal) {
            return literalValue(literal.value());
        }
        String sql = unwrap(((SqlExpression) value).sql());
        Matcher cast = CAST.matcher(sql);
        if (cast.matches()) {
            sql = unwrap(cast.group(1));
        }
        Matcher quoted = QUOTED.matcher(sql);
        if (quoted.matches()) {
            return "literal:" + quoted.group(1).replace("''", "'");
        }
        if (NUMBER.matcher(sql).matches()) {
            return literalValue(new BigDecimal(sql));
        }
        String lower = LITERAL_CAST.matcher(sql).replaceAll("$1").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int onUpdate = lower.indexOf(ON_UPDATE);
        if (onUpdate > 0) {
            // MySQL's 'DEFAULT x ON UPDATE y': each side in its own spelling.
            return "sql:" + synonym(lower.substring(0, onUpdate)) + ON_UPDATE
                    + synonym(lower.substring(onUpdate + ON_UPDATE.length()));
        }
        return switch (lower) {
            case "true" -> "literal:1";
            case "false" -> "literal:0";
            default -> "sql:" + synonym(lower);
        };
    }

    /** The current date or time under one name, whichever synonym a database echoes; other SQL as it is. */
    private static String synonym(String lower) {
        return switch (lower.strip()) {
            case "current_timestamp", "current_timestamp()", "now()", "localtimestamp", "localtimestamp()" ->
                    "current_timestamp";
            case "current_date", "current_date()", "curdate()" -> "current_date";
            case "current_time", "current_time()", "curtime()" -> "current_time";
            default -> lower.strip();
        };
    }

    private static String literalValue(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "literal:1" : "literal:0"; // databases without booleans echo 1 and 0
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            return "literal:" + (decimal.signum() == 0 ? "0" : decimal.toPlainString());
        }
        if (value instanceof String text && NUMBER.matcher(text).matches()) {
            return literalValue(new BigDecimal(text));
        }
        return "literal:" + value;
    }

    private static String unwrap(String sql) {
        String text = sql.strip();
        while (text.startsWith("(") && text.endsWith(")") && balanced(text.substring(1, text.length() - 1))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
