package dev.retort.script;

/**
 * Just enough of Java's lexical grammar to find an annotation in a source file: comments, string, text
 * block and character literals (with their escapes), identifiers, numbers, and one-character symbols.
 * It reads a prefix of the file when it can; running off the end of an incomplete prefix throws {@link
 * Truncated} so that the caller retries with the whole file. Line numbers are worked out only when asked
 * for, which keeps the scan over comments and imports cheap.
 */
final class JavaLexer {

    enum Kind { IDENTIFIER, STRING, TEXT_BLOCK, CHARACTER, NUMBER, SYMBOL, END }

    /** A token starting at {@code start}; for a string literal, {@code text} is its decoded value. */
    record Token(Kind kind, String text, int start) {

        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }

        String describe() {
            return switch (kind) {
                case END -> "the end of the file";
                case STRING -> "a string literal";
                case TEXT_BLOCK -> "a text block";
                default -> "'" + text + "'";
            };
        }
    }

    /** The text ended before the lexer could decide; the whole file is needed. */
    static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Truncated() {
            super(null, null, false, false);
        }
    }

    /** The source is not valid Java at {@code position}. */
    static final class SyntaxProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int position;

        SyntaxProblem(String reason, int position) {
            super(reason, null, false, false);
            this.position = position;
        }
    }

    private static final String[] SYMBOLS = new String[128];

    static {
        for (char c = 0; c < SYMBOLS.length; c++) {
            SYMBOLS[c] = String.valueOf(c);
        }
    }

    private final String text;
    private final int length;
    private final boolean complete;
    private int pos;
    private Token peeked;

    JavaLexer(String text, boolean complete) {
        this.text = text;
        this.length = text.length();
        this.complete = complete;
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            pos = 1;
        }
    }

    /** Whether {@code word} occurs in the text after the tokens read so far (a quick test, comments included). */
    boolean occursAhead(String word) {
        return text.indexOf(word, peeked == null ? pos : peeked.start()) >= 0;
    }

    /** Whether the text is the whole file, not a prefix of it. */
    boolean isComplete() {
        return complete;
    }

    Token peek() {
        if (peeked == null) {
            peeked = scan();
        }
        return peeked;
    }

    Token next() {
        Token token = peek();
        peeked = null;
        return token;
    }

    /** The 1-based line of a position in the text. */
    int lineOf(int position) {
        int line = 1;
        for (int i = 0; i < position && i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    // The character at pos + offset, or -1 at the end of a complete text.
    private int at(int offset) {
        int index = pos + offset;
        if (index < length) {
            return text.charAt(index);
        }
        if (!complete) {
            throw new Truncated();
        }
        return -1;
    }

    private Token scan() {
        skipBlanksAndComments();
        int c = at(0);
        int start = pos;
        if (c < 0) {
            return new Token(Kind.END, "", start);
        }
        if (c == '"') {
            return at(1) == '"' && at(2) == '"' ? textBlock() : quoted('"', Kind.STRING, "string literal");
        }
        if (c == '\'') {
            return quoted('\'', Kind.CHARACTER, "character literal");
        }
        if (c < 128 ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierStart(codePoint())) {
            return identifier();
        }
        if (c >= '0' && c <= '9' || c == '.' && at(1) >= '0' && at(1) <= '9') {
            return number();
        }
        pos++;
        return new Token(Kind.SYMBOL, c < 128 ? SYMBOLS[c] : String.valueOf((char) c), start);
    }

    private int codePoint() {
        char c = text.charAt(pos);
        if (Character.isHighSurrogate(c)) {
            int low = at(1);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint(c, (char) low);
            }
        }
        return c;
    }

    private void skipBlanksAndComments() {
        while (true) {
            int c = at(0);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '/' && at(1) == '/') {
                skipTo(lineEnd(), 0);
            } else if (c == '/' && at(1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0 && complete) {
                    throw new SyntaxProblem("comment opened here is never closed with */", pos);
                }
                skipTo(close, 2);
            } else {
                return;
            }
        }
    }

    private int lineEnd() {
        for (int i = pos; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return complete ? length : -1;
    }

    private void skipTo(int found, int extra) {
        if (found < 0) {
            throw new Truncated();
        }
        pos = found + extra;
    }

    private Token identifier() {
        int start = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c < 128) {
                if (!Character.isJavaIdentifierPart(c)) {
                    break;
                }
                pos++;
            } else {
                int codePoint = codePoint();
                if (!Character.isJavaIdentifierPart(codePoint)) {
                    break;
                }
                pos += Character.charCount(codePoint);
            }
        }
        at(0);
        return new Token(Kind.IDENTIFIER, text.substring(start, pos), start);
    }

    private Token number() {
        int start = pos;
        while (true) {
            int c = at(0);
            if (c >= 0 && (Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                boolean exponent = c == 'e' || c == 'E' || c == 'p' || c == 'P';
                pos++;
                if (exponent && (at(0) == '+' || at(0) == '-')) {
                    pos++;
                }
            } else {
                return new Token(Kind.NUMBER, text.substring(start, pos), start);
            }
        }
    }

    private Token quoted(char quote, Kind kind, String what) {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(0);
            if (c < 0 || c == '\n' || c == '\r') {
                throw new SyntaxProblem(what + " is not closed on its line", start);
            }
            if (c == quote) {
                pos++;
                return new Token(kind, value.toString(), start);
            }
            if (c == '\\') {
                escape(value);
            } else {
                value.append((char) c);
                pos++;
            }
        }
    }

    private Token textBlock() {
        int start = pos;
        pos += 3;
        while (true) {
            int c = at(0);
            if (c < 0) {
                throw new SyntaxProblem("text block opened here is never closed with \"\"\"", start);
            }
            if (c == '"' && at(1) == '"' && at(2) == '"') {
                pos += 3;
                return new Token(Kind.TEXT_BLOCK, "\"\"\"", start);
            }
            pos += c == '\\' ? 2 : 1;
        }
    }

    private void escape(StringBuilder value) {
        int start = pos;
        pos++;
        int c = at(0);
        pos++;
        switch (c) {
            case 'b' -> value.append('\b');
            case 't' -> value.append('\t');
            case 'n' -> value.append('\n');
            case 'f' -> value.append('\f');
            case 'r' -> value.append('\r');
            case 's' -> value.append(' ');
            case '"' -> value.append('"');
            case '\'' -> value.append('\'');
            case '\\' -> value.append('\\');
            case 'u' -> value.append(unicodeEscape(start));
            default -> {
                if (c < '0' || c > '7') {
                    String shown = c < 0 || c == '\n' || c == '\r' ? "" : String.valueOf((char) c);
                    throw new SyntaxProblem("invalid escape sequence '\\" + shown + "' in a string literal", start);
                }
                value.append(octalEscape(c));
            }
        }
    }

    private char octalEscape(int first) {
        int value = first - '0';
        int maxDigits = first <= '3' ? 3 : 2;
        for (int digits = 1; digits < maxDigits && at(0) >= '0' && at(0) <= '7'; digits++) {
            value = value * 8 + at(0) - '0';
            pos++;
        }
        return (char) value;
    }

    private char unicodeEscape(int start) {
        while (at(0) == 'u') {
            pos++;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = at(0) < 0 ? -1 : Character.digit(at(0), 16);
            if (digit < 0) {
                throw new SyntaxProblem("invalid unicode escape in a string literal: \\u needs four hex digits", start);
            }
            value = value * 16 + digit;
            pos++;
        }
        if (value == '"' || value == '\\' || value == '\n' || value == '\r') {
            throw new SyntaxProblem(String.format("unicode escape \\u%04x is not allowed in a revision's"
                    + " metadata; write the character with a plain escape instead", value), start);
        }
        return (char) value;
    }
}
