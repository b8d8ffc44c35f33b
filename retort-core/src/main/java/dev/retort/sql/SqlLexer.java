package dev.retort.sql;

import static dev.retort.sql.SyntaxFeature.BACKSLASH_ESCAPES;
import static dev.retort.sql.SyntaxFeature.BACKTICK_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.BRACKET_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.DASH_COMMENTS_NEED_SPACE;
import static dev.retort.sql.SyntaxFeature.DOLLAR_IN_IDENTIFIERS;
import static dev.retort.sql.SyntaxFeature.DOLLAR_QUOTES;
import static dev.retort.sql.SyntaxFeature.DOUBLE_QUOTED_STRINGS;
import static dev.retort.sql.SyntaxFeature.ESCAPE_STRINGS;
import static dev.retort.sql.SyntaxFeature.EXECUTABLE_COMMENTS;
import static dev.retort.sql.SyntaxFeature.HASH_COMMENTS;
import static dev.retort.sql.SyntaxFeature.MARIADB_EXECUTABLE_COMMENTS;
import static dev.retort.sql.SyntaxFeature.NESTED_BLOCK_COMMENTS;
import static dev.retort.sql.SyntaxFeature.SLASH_COMMENTS;
import static dev.retort.sql.SyntaxFeature.TAGGED_DOLLAR_QUOTES;

import dev.retort.sql.Token.Kind;

/**
 * Cuts a script into tokens by one dialect's lexical rules, in one forward pass. Strings, quoted
 * identifiers, dollar quotes and comments come out whole, so nothing inside them is ever seen as a
 * terminator; one that the script never closes is a {@link SqlSyntaxException}.
 */
final class SqlLexer {
    private static final String STANDARD_DELIMITER = ";";
    private static final int EXCERPT_LENGTH = 32;

    private final String text;
    private final SqlDialect dialect;
    private final Positions positions;
    private int pos;
    private String delimiter = STANDARD_DELIMITER;
    private boolean customDelimiter;
    private boolean betweenStatements = true;
    /** Whether a backslash escapes the next character in a string: MySQL's default, until sql_mode changes it. */
    private boolean backslashEscapes;

    SqlLexer(String text, SqlDialect dialect, Positions positions) {
        this.text = text;
        this.dialect = dialect;
        this.positions = positions;
        this.backslashEscapes = dialect.has(BACKSLASH_ESCAPES);
    }

    /** The next token, or an {@link Kind#END_OF_SCRIPT} token at the end; whitespace is skipped. */
    Token next() {
        skipWhitespace();
        int start = pos;
        if (pos == text.length()) {
            return new Token(Kind.END_OF_SCRIPT, start, start);
        }
        if (customDelimiterAt(pos)) {
            pos += delimiter.length();
            return new Token(Kind.DELIMITER, start, pos);
        }
        Token quoted = quotedOrComment(text.charAt(pos), start);
        if (quoted != null) {
            return quoted;
        }
        char c = text.charAt(pos);
        if (isWordPart(c)) {
            return word(start);
        }
        pos++;
        return new Token(symbolKind(c), start, pos);
    }

    /** Consumes and returns the text up to the end of the current line, as written. */
    String restOfLine() {
        int start = pos;
        while (pos < text.length() && !isLineBreak(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /**
     * Consumes the data lines of the {@code COPY ... FROM STDIN} that starts at {@code copyStart} and whose
     * {@code ;} was the last token, up to the line that is exactly {@code \.}, and returns them as written,
     * line breaks included, without that line. Only a comment may follow the {@code ;} on its line.
     */
    String copyData(int copyStart) {
        String rest = restOfLine().strip();
        if (!rest.isEmpty() && !rest.startsWith("--")) {
            throw new SqlSyntaxException(positions.at(copyStart), "COPY ... FROM STDIN reads its rows from the"
                    + " lines after it, but its line goes on after the ';'; put what follows on a line after the"
                    + " closing \\. line. The line goes on: " + rest);
        }
        pos = afterLineBreak(pos);
        int dataStart = pos;
        while (pos < text.length()) {
            int lineStart = pos;
            restOfLine();
            boolean endOfData = pos - lineStart == 2 && text.startsWith("\\.", lineStart);
            pos = afterLineBreak(pos);
            if (endOfData) {
                return text.substring(dataStart, lineStart);
            }
        }
        throw unclosed(copyStart, "COPY ... FROM STDIN data",
                "add a line that is exactly \\. after its last row, as pg_dump writes it");
    }

    private int afterLineBreak(int offset) {
        if (text.startsWith("\r\n", offset)) {
            return offset + 2;
        }
        return offset < text.length() && isLineBreak(text.charAt(offset)) ? offset + 1 : offset;
    }

    /** Whether only blanks come before the offset on its line. */
    boolean startsLine(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i--;
        }
        return i < 0 || isLineBreak(text.charAt(i));
    }

    void delimiter(String newDelimiter) {
        delimiter = newDelimiter;
        customDelimiter = !newDelimiter.equals(STANDARD_DELIMITER);
    }

    boolean hasStandardDelimiter() {
        return !customDelimiter;
    }

    /**
     * Sets whether a backslash escapes the next character in the strings after this point, as the session's
     * sql_mode says (off with {@code NO_BACKSLASH_ESCAPES}); only where the dialect has such escapes at all.
     */
    void backslashEscapes(boolean on) {
        backslashEscapes = on && dialect.has(BACKSLASH_ESCAPES);
    }

    private Kind symbolKind(char c) {
        if (c == ';' && !customDelimiter) {
            return Kind.SEMICOLON;
        }
        return c == '(' ? Kind.OPEN_PAREN : c == ')' ? Kind.CLOSE_PAREN : Kind.SYMBOL;
    }

    private Token quotedOrComment(char c, int start) {
        switch (c) {
            case '\'':
                return quoted(start, 1, '\'', backslashEscapes);
            case '"':
                return quoted(start, 1, '"', backslashEscapes);
            case '`':
                return dialect.has(BACKTICK_IDENTIFIERS) ? quoted(start, 1, '`', false) : null;
            case '[':
                return dialect.has(BRACKET_IDENTIFIERS) ? bracketed(start) : null;
            case '-':
                return startsDashComment(start) ? lineComment(start) : null;
            case '#':
                return dialect.has(HASH_COMMENTS) ? lineComment(start) : null;
            case '/':
                return slash(start);
            case '$':
                return dollar(start);
            default:
                return null;
        }
    }

    private Token word(int start) {
        boolean dollars = dialect.has(DOLLAR_IN_IDENTIFIERS) && !isDigit(text.charAt(start));
        int i = start + 1;
        while (i < text.length() && (isWordPart(text.charAt(i)) || dollars && text.charAt(i) == '$')
                && !customDelimiterAt(i)) {
            i++;
        }
        pos = i;
        boolean escapeString = dialect.has(ESCAPE_STRINGS) && i == start + 1
                && (text.charAt(start) == 'E' || text.charAt(start) == 'e')
                && i < text.length() && text.charAt(i) == '\'';
        return escapeString ? quoted(start, 2, '\'', true) : new Token(Kind.WORD, start, i);
    }

    // A quote inside is written twice; with backslash escapes, a backslash also hides the next character.
    private Token quoted(int start, int openingLength, char quote, boolean backslashEscapes) {
        int i = start + openingLength;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && backslashEscapes) {
                i += 2;
            } else if (c != quote) {
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                i += 2;
            } else {
                pos = i + 1;
                return new Token(Kind.LITERAL, start, pos);
            }
        }
        throw unclosedQuote(start, quote, backslashEscapes);
    }

    private Token bracketed(int start) {
        int close = text.indexOf(']', start + 1);
        if (close < 0) {
            throw unclosed(start, "quoted identifier", "add the closing ]");
        }
        pos = close + 1;
        return new Token(Kind.LITERAL, start, pos);
    }

    private boolean startsDashComment(int start) {
        if (start + 1 >= text.length() || text.charAt(start + 1) != '-') {
            return false;
        }
        return !dialect.has(DASH_COMMENTS_NEED_SPACE) || start + 2 == text.length() || text.charAt(start + 2) <= ' '
                || betweenStatements;
    }

    /**
     * Tells the lexer whether the next token would start a statement. Between statements the mysql client
     * drops {@code --} and the rest of its line whatever follows the dashes (a {@code -----} banner starting a
     * line, {@code ;--note} after a statement), so that is a comment then, though inside a statement the server
     * needs a space after the dashes.
     */
    void betweenStatements(boolean between) {
        betweenStatements = between;
    }

    private Token lineComment(int start) {
        pos = start;
        restOfLine();
        return new Token(Kind.COMMENT, start, pos);
    }

    private Token slash(int start) {
        if (start + 1 < text.length() && text.charAt(start + 1) == '*') {
            return blockComment(start);
        }
        if (dialect.has(SLASH_COMMENTS) && start + 1 < text.length() && text.charAt(start + 1) == '/') {
            return lineComment(start);
        }
        return null;
    }

    private Token blockComment(int start) {
        boolean executable = dialect.has(EXECUTABLE_COMMENTS) && text.startsWith("/*!", start)
                || dialect.has(MARIADB_EXECUTABLE_COMMENTS) && text.startsWith("/*M!", start);
        boolean nested = dialect.has(NESTED_BLOCK_COMMENTS) && !executable;
        int depth = 1;
        int i = start + 2;
        while (i + 1 < text.length()) {
            char c = text.charAt(i);
            if (c == '*' && text.charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    pos = i;
                    return new Token(executable ? Kind.LITERAL : Kind.COMMENT, start, pos);
                }
            } else if (nested && c == '/' && text.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (executable && (c == '\'' || c == '"' || c == '`')) {
                // The server reads the code as it would outside the comment, and the mysql client follows its
                // quotes there too: a */ in a string or a quoted name does not end the comment.
                i = quoted(i, 1, c, c != '`' && backslashEscapes).end();
            } else {
                i++;
            }
        }
        throw unclosedComment(start, executable, nested);
    }

    private Token dollar(int start) {
        if (dialect.has(DOLLAR_QUOTES) && text.startsWith("$$", start) && opensDollarQuote(start)) {
            return dollarQuoted(start, "$$");
        }
        if (!dialect.has(TAGGED_DOLLAR_QUOTES)) {
            return null;
        }
        int i = start + 1;
        if (i < text.length() && isDigit(text.charAt(i))) {
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            pos = i;
            return new Token(Kind.WORD, start, i);
        }
        while (i < text.length() && isWordPart(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? dollarQuoted(start, text.substring(start, i + 1)) : null;
    }

    /**
     * Whether H2's {@code $$} at {@code start} opens a quote: as H2's script runner reads it, only at the start of
     * a statement or after a space, a tab or a line end ({@code VALUES ($$a$$)} is no quote there).
     */
    private boolean opensDollarQuote(int start) {
        return start == 0 || text.charAt(start - 1) <= ' ' || text.charAt(start - 1) == ';';
    }

    private Token dollarQuoted(int start, String tag) {
        int close = text.indexOf(tag, start + tag.length());
        if (close < 0) {
            throw unclosed(start, "dollar-quoted string",
                    "add the closing " + tag + ", with the same tag as the opening one, case included");
        }
        pos = close + tag.length();
        return new Token(Kind.LITERAL, start, pos);
    }

    private void skipWhitespace() {
        while (pos < text.length() && isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean customDelimiterAt(int offset) {
        return customDelimiter && text.startsWith(delimiter, offset);
    }

    private SqlSyntaxException unclosedQuote(int start, char quote, boolean backslashEscapes) {
        boolean string = quote == '\'' || quote == '"' && dialect.has(DOUBLE_QUOTED_STRINGS);
        String fix = "add the closing " + quote + ". A " + quote + " inside it is written " + quote + quote;
        // Where the session's sql_mode decides what a backslash means, a string holding one, or one after another
        // on its line that does, may be read in the wrong mode.
        int lineStart = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('\r', start)) + 1;
        boolean modeMatters = string && dialect.has(BACKSLASH_ESCAPES) && text.indexOf('\\', lineStart) >= 0;
        if (backslashEscapes) {
            fix += " or \\" + quote;
            if (modeMatters) {
                fix += "; a backslash escapes the character after it unless sql_mode holds NO_BACKSLASH_ESCAPES,"
                        + " which is read from the script's own SET sql_mode statements: for a statement written for"
                        + " that mode, put SET sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES') before it";
            }
        } else if (quote == '\'' && dialect.has(ESCAPE_STRINGS)) {
            fix += "; a backslash escapes nothing in a " + dialect.displayName() + " string unless it is written E'...'";
        } else if (modeMatters) {
            fix += "; a backslash escapes nothing here, as the script set sql_mode with NO_BACKSLASH_ESCAPES before"
                    + " it";
        }
        return unclosed(start, string ? "string literal" : "quoted identifier", fix);
    }

    private SqlSyntaxException unclosedComment(int start, boolean executable, boolean nested) {
        String fix = "add the closing */";
        if (nested) {
            fix += ". Block comments nest in " + dialect.displayName() + ", so each /* inside it needs its own */";
        }
        return unclosed(start, executable ? "executable comment" : "block comment", fix);
    }

    // The excerpt comes last, as it may hold any character.
    private SqlSyntaxException unclosed(int start, String what, String fix) {
        return new SqlSyntaxException(positions.at(start),
                what + " is never closed; " + fix + ". It starts: " + excerpt(start));
    }

    // The construct's first characters, up to the end of its line.
    private String excerpt(int start) {
        int end = start;
        while (end < text.length() && end - start < EXCERPT_LENGTH && !isLineBreak(text.charAt(end))) {
            end++;
        }
        boolean cut = end < text.length() && !isLineBreak(text.charAt(end));
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end) + (cut ? "..." : "");
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\uFEFF';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // Letters, digits, '_' and every non-ASCII character, as in PostgreSQL's and MySQL's identifiers.
    private static boolean isWordPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c >= 0x80 && c != '\uFEFF';
    }
}
