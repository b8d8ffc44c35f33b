package dev.retort.dialect.sqlite;

/**
 * The columns a check constraint's condition names, as SQLite's own {@code ALTER TABLE ... RENAME COLUMN}
 * finds them: every name of the column (bare, or quoted with {@code "}, {@code `} or {@code []}; matched
 * without regard to ASCII case, as SQLite matches names) outside string literals, except a function's name.
 */
final class CheckCondition {
    private CheckCondition() {
    }

    /** Whether {@code condition} names the column {@code column}. */
    static boolean mentions(String condition, String column) {
        return !renamed(condition, column, "").equals(condition);
    }

    /** {@code condition} with the column {@code from} named {@code quotedTo}, which is written as given. */
    static String renamed(String condition, String from, String quotedTo) {
        StringBuilder result = new StringBuilder(condition.length());
        int at = 0;
        while (at < condition.length()) {
            char c = condition.charAt(at);
            int end;
            String name;
            if (c == '\'') {
                end = closing(condition, at, '\'');
                name = null;
            } else if (c == '"' || c == '`' || c == '[') {
                end = closing(condition, at, c == '[' ? ']' : c);
                name = c == '[' ? condition.substring(at + 1, end - 1)
                        : condition.substring(at + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
            } else if (Character.isLetter(c) || c == '_') {
                end = at + 1;
                while (end < condition.length() && (Character.isLetterOrDigit(condition.charAt(end))
                        || condition.charAt(end) == '_' || condition.charAt(end) == '$')) {
                    end++;
                }
                name = isFunctionName(condition, end) ? null : condition.substring(at, end);
            } else {
                end = at + 1;
                name = null;
            }
            result.append(name != null && name.equalsIgnoreCase(from) ? quotedTo : condition.substring(at, end));
            at = end;
        }
        return result.toString();
    }

    /** The end of the quoted text starting at {@code start}, a doubled quote taken as one; the end of the text if open. */
    private static int closing(String text, int start, char quote) {
        int at = start + 1;
        while (at < text.length()) {
            if (text.charAt(at) == quote) {
                if (quote != ']' && at + 1 < text.length() && text.charAt(at + 1) == quote) {
                    at += 2;
                    continue;
                }
                return at + 1;
            }
            at++;
        }
        return text.length();
    }

    private static boolean isFunctionName(String text, int end) {
        int at = end;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at < text.length() && text.charAt(at) == '(';
    }
}
