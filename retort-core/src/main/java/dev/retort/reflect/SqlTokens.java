package dev.retort.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a SQLite statement as {@code sqlite_master} stores it: words, quoted identifiers
 * ({@code "x"}, {@code `x`}, {@code [x]}), string literals, parentheses, commas and other symbols.
 * Comments are skipped. Each token keeps its offsets, so that conditions and expressions can be cut from
 * the statement exactly as written.
 */
final class SqlTokens {

    enum Kind { WORD, QUOTED, STRING, OPEN, CLOSE, COMMA, SYMBOL }

    /** One token; {@code value} is the identifier without its quotes, or the text as written. */
    record Token(Kind kind, String value, int start, int end) {
        boolean isWord(String keyword) {
            return kind == Kind.WORD && value.equalsIgnoreCase(keyword);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
        }

        String upper() {
            return value.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    static List<Token> of(String sql) {
        return of(sql, false);
    }

    /**
     * The tokens of {@code sql}; with {@code backslashEscapes} (MySQL, MariaDB), a backslash in a quoted
     * string or name hides the character after it ({@code 'it\\'s'}).
     */
    static List<Token> of(String sql, boolean backslashEscapes) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < length && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? length : end + 1;
            } else if (c == '/' && i + 1 < length && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? length : end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closingQuote(sql, i, c, backslashEscapes);
                // An unclosed quote runs to the end of the text, which has no closing quote to leave out.
                int innerEnd = end == length && (end - 1 <= i || sql.charAt(end - 1) != c) ? end : end - 1;
                String inner = sql.substring(i + 1, innerEnd).replace(String.valueOf(c) + c, String.valueOf(c));
                if (backslashEscapes) {
                    inner = inner.replaceAll("\\\\([\\\\'\"`])", "$1");
                }
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, inner, i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                int end = close < 0 ? length : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i + 1, Math.max(i + 1, end - 1)), i, end));
                i = end;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "(", i, i + 1));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")", i, i + 1));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Kind.COMMA, ",", i, i + 1));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.') {
                int end = i;
                while (end < length && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$' || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The offset just past the quote that closes the one at {@code start}; a doubled quote is one character. */
    private static int closingQuote(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            if (backslashEscapes && sql.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return Math.min(i, sql.length());
    }

    /** The index of the parenthesis closing the one at {@code open}, or the last token when unbalanced. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.OPEN) {
                depth++;
            } else if (kind == Kind.CLOSE) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size() - 1;
    }

    /** The token ranges {@code [from, to)} between {@code open} and its closing parenthesis, split at top-level commas. */
    static List<int[]> items(List<Token> tokens, int open) {
        int close = matching(tokens, open);
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int from = open + 1;
        for (int i = open + 1; i < close; i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.OPEN) {
                depth++;
            } else if (kind == Kind.CLOSE) {
                depth--;
            } else if (kind == Kind.COMMA && depth == 0) {
                items.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (from < close) {
            items.add(new int[] {from, close});
        }
        return items;
    }

    /** The names listed in the parentheses at {@code open}: the first token of each item. */
    static List<String> names(List<Token> tokens, int open) {
        List<String> names = new ArrayList<>();
        for (int[] item : items(tokens, open)) {
            names.add(tokens.get(item[0]).value());
        }
        return names;
    }
}
