package dev.retort.autogenerate;

/**
 * SQL conditions and index expressions in one spelling for comparison: databases echo them back with
 * extra parentheses, casts of literals ({@code 'x'::text}), other case and spacing, none of which
 * changes what they mean.
 */
final class Expressions {

    private Expressions() {}

    static String normal(String sql) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        String text = sql.replaceAll("::[a-zA-Z][a-zA-Z0-9_ ]*(\\([0-9, ]*\\))?(\\[\\])*", "");
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                out.append(c);
            } else if (quoted) {
                out.append(c);
            } else if (c != '(' && c != ')' && c != '"' && c != '`' && !Character.isWhitespace(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    static boolean same(String left, String right) {
        return normal(left).equals(normal(right));
    }
}
