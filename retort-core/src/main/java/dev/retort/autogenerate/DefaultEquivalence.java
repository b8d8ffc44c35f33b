package dev.retort.autogenerate;

import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two server defaults mean the same: a literal and the same value written as SQL
 * ({@code 'abc'}, {@code 0}), numbers however they are spelled ({@code 1.50} and {@code 1.5}), and SQL
 * expressions that differ only as check conditions may ({@link Expressions#canonical}: case, spacing,
 * parentheses and the casts databases add, {@code 'a'::text || 'b'::text}, {@code COALESCE(NULL::integer, 4)}),
 * in the name of a function called by any of its names ({@link ConditionEquivalence}: MariaDB's {@code ucase}
 * is {@code upper}), or in the synonyms databases echo for the current time;
 * booleans equal the 1 and 0 that databases without a boolean type keep.
 */
final class DefaultEquivalence {
    private static final Pattern QUOTED = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern CAST = Pattern.compile("^(.*?)::[a-z][a-z0-9_ ]*(\\([0-9, ]*\\))?(\\[\\])*$");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    /** MySQL's {@code DEFAULT x ON UPDATE y}. */
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)\\s+on\\s+update\\s+");

    private final ConditionEquivalence functions;

    DefaultEquivalence(ConditionEquivalence functions) {
        this.functions = functions;
    }

    boolean same(Optional<ServerDefault> wanted, Optional<ServerDefault> actual) {
        if (wanted.isEmpty() || actual.isEmpty()) {
            return wanted.isEmpty() && actual.isEmpty();
        }
        return canonical(wanted.get()).equals(canonical(actual.get()));
    }

    /** One spelling per meaning: {@code literal:<text>} for values, {@code sql:<canonical>} otherwise. */
    String canonical(ServerDefault value) {
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
        Matcher onUpdate = ON_UPDATE.matcher(sql);
        if (onUpdate.find() && onUpdate.start() > 0) {
            // Each side in its own spelling.
            return "sql:" + expression(sql.substring(0, onUpdate.start())) + " on update "
                    + expression(sql.substring(onUpdate.end()));
        }
        String expression = expression(sql);
        String unspaced = expression.replace(" ", "");
        if (NUMBER.matcher(unspaced).matches()) {
            return literalValue(new BigDecimal(unspaced)); // H2's CAST(5 AS BIGINT)
        }
        return switch (expression) {
            case "true" -> "literal:1";
            case "false" -> "literal:0";
            default -> "sql:" + expression;
        };
    }

    /** The current date or time under one name, whichever synonym a database echoes; other SQL as it is. */
    private String expression(String sql) {
        String canonical = Expressions.canonical(functions.echoed(sql));
        return switch (canonical) {
            case "current_timestamp", "now", "localtimestamp" -> "current_timestamp";
            case "current_date", "curdate" -> "current_date";
            case "current_time", "curtime" -> "current_time";
            default -> canonical;
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
