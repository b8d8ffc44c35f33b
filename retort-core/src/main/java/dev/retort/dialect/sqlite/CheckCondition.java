package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a check constraint's condition names, as SQLite's own {@code ALTER TABLE ... RENAME COLUMN}
 * finds them: every name of the column (bare, or quoted with {@code "}, {@code `} or {@code []}; matched
 * without regard to ASCII case, as SQLite matches names) outside string literals, comments and numbers, except
 * a function's name, a type named by {@code CAST(... AS type)} and a collation named by {@code COLLATE}.
 */
final class CheckCondition {
    /** The words after which a bare word names a type or a collation, not a column. */
    private static final Set<String> NAMING_KEYWORDS = Set.of("as", "collate");

    private CheckCondition() {
    }

    /** Whether {@code condition} names the column {@code column}. */
    static boolean mentions(String condition, String column) {
        return names(condition).stream().anyMatch(name -> name.text().equalsIgnoreCase(column));
    }

    /** {@code condition} with the column {@code from} named {@code quotedTo}, which is written as given. */
    static String renamed(String condition, String from, String quotedTo) {
        StringBuilder result = new StringBuilder(condition.length());
        int at = 0;
        for (Name name : names(condition)) {
            if (name.text().equalsIgnoreCase(from)) {
                result.append(condition, at, name.start()).append(quotedTo);
                at = name.end();
            }
        }
        return result.append(condition, at, condition.length()).toString();
    }

    /**
     * {@code condition} with the columns it qualifies with the name of its own table ({@code t.qty > 0}, {@code
     * main.t.qty > 0}) named alone: a batch creates the new table under another name, where the qualified name
     * names nothing.
     */
    static String unqualified(String condition, String table) {
        StringBuilder result = new StringBuilder(condition.length());
        List<Name> names = names(condition);
        int at = 0;
        for (int i = 0; i < names.size(); i++) {
            Name name = names.get(i);
            if (name.text().equalsIgnoreCase(table) && name.end() < condition.length()
                    && condition.charAt(name.end()) == '.' && name.start() >= at) {
                // The schema before it goes too: main.t.qty.
                Name before = i > 0 ? names.get(i - 1) : null;
                boolean schema = before != null && before.end() == name.start() - 1 && before.start() >= at
                        && condition.charAt(before.end()) == '.';
                result.append(condition, at, schema ? before.start() : name.start());
                at = name.end() + 1;
            }
        }
        return result.append(condition, at, condition.length()).toString();
    }

    /** A name in a condition: where it is written, quotes included, and the name itself. */
    private record Name(int start, int end, String text) {}

    private static List<Name> names(String condition) {
        List<Name> names = new ArrayList<>();
        String previousWord = "";
        int at = 0;
        while (at < condition.length()) {
            char c = condition.charAt(at);
            int end;
            String name = null;
            String word = previousWord;
            if (c == '\'') {
                end = closing(condition, at, '\'');
            } else if (condition.startsWith("--", at)) {
                end = lineEnd(condition, at);
            } else if (condition.startsWith("/*", at)) {
                int close = condition.indexOf("*/", at + 2);
                end = close < 0 ? condition.length() : close + 2;
            } else if (c == '"' || c == '`' || c == '[') {
                end = closing(condition, at, c == '[' ? ']' : c);
                name = c == '[' ? condition.substring(at + 1, end - 1)
                        : condition.substring(at + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
                word = "";
            } else if (Character.isDigit(c) || c == '.' && at + 1 < condition.length()
                    && Character.isDigit(condition.charAt(at + 1))) {
                end = numberEnd(condition, at);
                word = "";
            } else if (Character.isLetter(c) || c == '_') {
                end = wordEnd(condition, at);
                String bare = condition.substring(at, end);
                boolean blobPrefix = end < condition.length() && condition.charAt(end) == '\''
                        && bare.equalsIgnoreCase("x");
                boolean named = NAMING_KEYWORDS.contains(previousWord);
                name = blobPrefix || named || isFunctionName(condition, end) ? null : bare;
                word = bare.toLowerCase(Locale.ROOT);
            } else {
                end = at + 1;
                if (!Character.isWhitespace(c)) {
                    word = "";
                }
            }
            if (name != null) {
                names.add(new Name(at, end, name));
            }
            previousWord = word;
            at = end;
        }
        return names;
    }

    private static int wordEnd(String text, int start) {
        int at = start + 1;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'
                || text.charAt(at) == '$')) {
            at++;
        }
        return at;
    }

    /** The end of a number: digits, letters (hex digits, an exponent), dots, and an exponent's sign. */
    private static int numberEnd(String text, int start) {
        int at = start + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            char before = text.charAt(at - 1);
            boolean exponentSign = (c == '+' || c == '-') && (before == 'e' || before == 'E')
                    && !text.regionMatches(true, start, "0x", 0, 2);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || exponentSign)) {
                break;
            }
            at++;
        }
        return at;
    }

    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end + 1;
    }

    /** The end of the quoted text from {@code start}, a doubled quote taken as one; the text's end if unclosed. */
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
