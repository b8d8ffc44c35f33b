package dev.retort.reflect;

import dev.retort.dialect.Dialect;
import dev.retort.reflect.SqlTokens.Token;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SQL a database echoes back (check conditions, index expressions, defaults), made closer to what was
 * written: a quoted identifier that needs no quotes is written bare ({@code `price`} and H2's
 * {@code "PRICE"} become {@code price}), and one outer pair of parentheses is dropped.
 */
final class SqlText {

    private SqlText() {
    }

    /** {@code sql} with identifiers quoted only where {@code dialect} needs it, after {@code names}. */
    static String bareIdentifiers(String sql, Dialect dialect, UnaryOperator<String> names) {
        List<Token> tokens = SqlTokens.of(sql, backslashEscapes(dialect));
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Token token : tokens) {
            if (token.kind() != SqlTokens.Kind.QUOTED || sql.charAt(token.start()) == '[') {
                continue;
            }
            String name = names.apply(token.value());
            if (!name.isEmpty() && dialect.quote(name).equals(name)) {
                out.append(sql, copied, token.start()).append(name);
                copied = token.end();
            }
        }
        return out.append(sql.substring(copied)).toString();
    }

    /**
     * MySQL's SQL with each {@code \'} in a string written {@code ''}, as models write it and MySQL reads it
     * too: MariaDB echoes {@code 'it''s'} in a check as {@code 'it\'s'}. Other escapes stay as they are.
     */
    static String doubledQuotes(String sql) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (Token token : SqlTokens.of(sql, true)) {
            if (token.kind() == SqlTokens.Kind.STRING) {
                out.append(sql, copied, token.start())
                        .append(escapedQuotesDoubled(sql.substring(token.start(), token.end())));
                copied = token.end();
            }
        }
        return out.append(sql.substring(copied)).toString();
    }

    private static String escapedQuotesDoubled(String literal) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < literal.length()) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char escaped = literal.charAt(i + 1);
                out.append(escaped == '\'' ? "''" : "\\" + escaped);
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code sql} without one pair of parentheses around all of it. */
    static String unwrapped(String sql) {
        return unwrapped(sql, false);
    }

    /** {@code sql}, in which a backslash escapes where {@code backslashEscapes}, without outer parentheses. */
    static String unwrapped(String sql, boolean backslashEscapes) {
        String text = sql.trim();
        List<Token> tokens = SqlTokens.of(text, backslashEscapes);
        if (tokens.size() >= 2 && tokens.get(0).kind() == SqlTokens.Kind.OPEN
                && SqlTokens.matching(tokens, 0) == tokens.size() - 1
                && tokens.get(tokens.size() - 1).end() == text.length()) {
            return text.substring(1, text.length() - 1).trim();
        }
        return text;
    }

    /** Whether strings in the dialect's SQL take backslash escapes, as MySQL's and MariaDB's do by default. */
    static boolean backslashEscapes(Dialect dialect) {
        return dialect.name().equals("mysql") || dialect.name().equals("mariadb");
    }
}
