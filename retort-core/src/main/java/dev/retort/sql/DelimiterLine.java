package dev.retort.sql;

/**
 * A mysql client {@code DELIMITER} line: the word and, on the same line, the new terminator, bare or in
 * quotes, optionally followed by a comment. The line is no statement of its own.
 */
final class DelimiterLine {
    private final Token keyword;
    private final String argument;
    private final Positions positions;

    DelimiterLine(Token keyword, String argument, Positions positions) {
        this.keyword = keyword;
        this.argument = argument;
        this.positions = positions;
    }

    /** The terminator the line sets. */
    String delimiter() {
        String rest = argument.strip();
        if (rest.isEmpty()) {
            throw error("DELIMITER needs the new delimiter on the same line, e.g. DELIMITER $$");
        }
        int end = endOfDelimiter(rest);
        String delimiter = unquote(rest.substring(0, end));
        String after = rest.substring(end).strip();
        if (!after.isEmpty() && !isComment(after)) {
            throw error("DELIMITER takes one delimiter, but the line continues after '" + delimiter + "' with '"
                    + after + "'; put the next statement on its own line");
        }
        if (delimiter.contains("\\")) {
            throw error("the delimiter '" + delimiter + "' contains a backslash, which the mysql client refuses;"
                    + " choose another, e.g. $$ or //");
        }
        return delimiter;
    }

    // A quoted delimiter runs to its closing quote, a bare one to the first blank.
    private static int endOfDelimiter(String rest) {
        char first = rest.charAt(0);
        if (first == '\'' || first == '"' || first == '`') {
            int close = rest.indexOf(first, 1);
            if (close > 1) {
                return close + 1;
            }
        }
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        return end;
    }

    private static String unquote(String word) {
        char first = word.charAt(0);
        boolean quoted = word.length() > 2 && (first == '\'' || first == '"' || first == '`')
                && word.charAt(word.length() - 1) == first;
        return quoted ? word.substring(1, word.length() - 1) : word;
    }

    private static boolean isComment(String text) {
        return text.startsWith("#") || text.startsWith("-- ") || text.equals("--") || text.startsWith("/*");
    }

    private SqlSyntaxException error(String problem) {
        return new SqlSyntaxException(positions.at(keyword.start()), problem);
    }
}
