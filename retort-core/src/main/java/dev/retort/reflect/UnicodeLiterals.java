package dev.retort.reflect;

/**
 * SQL's Unicode literals written plainly: {@code U&'caf\00e9'} is {@code 'café'}, and {@code U&"\00e9"} the
 * quoted name {@code "é"}. An escape is the escape character (a backslash, or the one {@code UESCAPE '!'}
 * names) followed by four hex digits, by {@code +} and six, or by itself. H2 echoes every text beyond ASCII
 * in its catalog so.
 */
final class UnicodeLiterals {

    private UnicodeLiterals() {
    }

    /** {@code sql} with each Unicode literal written as a plain one; {@code null} stays {@code null}. */
    static String plain(String sql) {
        if (sql == null || !sql.contains("&")) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closingQuote(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (isUnicodePrefix(sql, i)) {
                i = appendPlain(sql, i + 2, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isUnicodePrefix(String sql, int at) {
        return (sql.charAt(at) == 'U' || sql.charAt(at) == 'u') && at + 2 < sql.length()
                && sql.charAt(at + 1) == '&' && (sql.charAt(at + 2) == '\'' || sql.charAt(at + 2) == '"')
                && (at == 0 || !isNamePart(sql.charAt(at - 1)));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '"';
    }

    /** Appends the literal whose opening quote is at {@code quote} written plainly; returns the offset after it. */
    private static int appendPlain(String sql, int quote, StringBuilder out) {
        char mark = sql.charAt(quote);
        int end = closingQuote(sql, quote);
        String body = sql.substring(quote + 1, Math.max(quote + 1, end - 1)).replace("" + mark + mark, "" + mark);
        int after = end;
        char escape = '\\';
        int clause = uescapeClause(sql, end);
        if (clause > end) {
            escape = sql.charAt(clause - 2);
            after = clause;
        }
        String decoded = decoded(body, escape);
        if (decoded == null) {
            out.append(sql, quote - 2, after);
        } else {
            out.append(mark).append(decoded.replace("" + mark, "" + mark + mark)).append(mark);
        }
        return after;
    }

    /** The offset after {@code UESCAPE 'c'} following offset {@code from}, or {@code from} when there is none. */
    private static int uescapeClause(String sql, int from) {
        int i = skipSpace(sql, from);
        if (!sql.regionMatches(true, i, "UESCAPE", 0, 7)) {
            return from;
        }
        i = skipSpace(sql, i + 7);
        if (i + 2 < sql.length() && sql.charAt(i) == '\'' && sql.charAt(i + 2) == '\'') {
            return i + 3;
        }
        return from;
    }

    private static int skipSpace(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The text with its escapes decoded; {@code null} when an escape is malformed, so the literal stays. */
    private static String decoded(String body, char escape) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != escape) {
                out.append(c);
                i++;
            } else if (i + 1 < body.length() && body.charAt(i + 1) == escape) {
                out.append(escape);
                i += 2;
            } else {
                boolean wide = i + 1 < body.length() && body.charAt(i + 1) == '+';
                int start = wide ? i + 2 : i + 1;
                int end = start + (wide ? 6 : 4);
                Integer codePoint = end <= body.length() ? hex(body.substring(start, end)) : null;
                if (codePoint == null || !Character.isValidCodePoint(codePoint)) {
                    return null;
                }
                out.appendCodePoint(codePoint);
                i = end;
            }
        }
        return out.toString();
    }

    private static Integer hex(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                return null;
            }
        }
        return Integer.parseInt(digits, 16);
    }

    /** The offset after the quote that closes the one at {@code open}, a doubled quote being part of the text. */
    private static int closingQuote(String sql, int open) {
        char mark = sql.charAt(open);
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == mark) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == mark) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
