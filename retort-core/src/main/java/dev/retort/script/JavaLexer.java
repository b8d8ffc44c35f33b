package dev.retort.script;

/**
 * Just enough of Java's lexical grammar to find an annotation in a source file: comments, string, text
 * block and character literals (with their escapes), identifiers, numbers, and one-character symbols.
 * It reads a prefix of the file when it can; running off the end of an incomplete prefix throws {@link
 * Truncated} so that the caller retries with the whole file.
 */
final class JavaLexer {

    enum Kind { IDENTIFIER, STRING, TEXT_BLOCK, CHARACTER, NUMBER, SYMBOL, END }

    /** A token; for a string literal, {@code text} is its decoded value. */
    record Token(Kind kind, String text, int line) {

        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }

        String describe() {
            switch (kind) {
                case END:
                    return "the end of the file";
                case STRING:
                    return "a string literal";
                case TEXT_BLOCK:
                    return "a text block";
                default:
                    return "'" + text + "'";
            }
        }
    }

    /** The text ended before the lexer could decide; the whole file is needed. */
    static final class Truncated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Truncated() {
            super(null, null, false, false);
        }
    }

    /** The source is not valid Java at this line. */
    static final class SyntaxProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxProblem(String reason, int line) {
            super(reason, null, false, false);
            this.line = line;
        }
    }

    private final CharSequence text;
    private final boolean complete;
    private int pos;
    private int line = 1;
    private Token peeked;

    JavaLexer(CharSequence text, boolean complete) {
        this.text = text;
        this.complete = complete;
        if (text.length() > 0 && text.charAt(0) == '\uFEFF') {
            pos = 1;
        }
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

    private int at(int offset) {
        int index = pos + offset;
        if (index < text.length()) {
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
        int startLine = line;
        if (c < 0) {
            return new Token(Kind.END, "", startLine);
        }
        if (c == '"') {
            return at(1) == '"' && at(2) == '"' ? textBlock() : stringLiteral();
        }
        if (c == '\'') {
            return characterLiteral();
        }
        if (Character.isJavaIdentifierStart(codePointAt())) {
            return identifier();
        }
        if (Character.isDigit(c) || c == '.' && Character.isDigit(at(1))) {
            return number();
        }
        pos++;
        return new Token(Kind.SYMBOL, String.valueOf((char) c), startLine);
    }

    private int codePointAt() {
        char c = (char) at(0);
        if (Character.isHighSurrogate(c) && (pos + 1 < text.length() || !complete)) {
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
            if (c == '\n' || c == '\r') {
                newLine(c);
            } else if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '/' && at(1) == '/') {
                while (at(0) >= 0 && at(0) != '\n' && at(0) != '\r') {
                    pos++;
                }
            } else if (c == '/' && at(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void newLine(int c) {
        pos++;
        if (c == '\r' && at(0) == '\n') {
            pos++;
        }
        line++;
    }

    private void blockComment() {
        int startLine = line;
        pos += 2;
        while (true) {
            int c = at(0);
            if (c < 0) {
                throw new SyntaxProblem("comment opened here is never closed with */", startLine);
            }
            if (c == '*' && at(1) == '/') {
                pos += 2;
                return;
            }
            if (c == '\n' || c == '\r') {
                newLine(c);
            } else {
                pos++;
            }
        }
    }

    private Token identifier() {
        int start = pos;
        int startLine = line;
        while (true) {
            int c = at(0);
            if (c < 0) {
                break;
            }
            int codePoint = codePointAt();
            if (!Character.isJavaIdentifierPart(codePoint)) {
                break;
            }
            pos += Character.charCount(codePoint);
        }
        return new Token(Kind.IDENTIFIER, text.subSequence(start, pos).toString(), startLine);
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
                break;
            }
        }
        return new Token(Kind.NUMBER, text.subSequence(start, pos).toString(), line);
    }

    private Token stringLiteral() {
        int startLine = line;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(0);
            if (c < 0 || c == '\n' || c == '\r') {
                throw new SyntaxProblem("string literal is not closed on its line", startLine);
            }
            if (c == '"') {
                pos++;
                return new Token(Kind.STRING, value.toString(), startLine);
            }
            if (c == '\\') {
                escape(value);
            } else {
                value.append((char) c);
                pos++;
            }
        }
    }

    private Token characterLiteral() {
        int startLine = line;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = at(0);
            if (c < 0 || c == '\n' || c == '\r') {
                throw new SyntaxProblem("character literal is not closed on its line", startLine);
            }
            if (c == '\'') {
                pos++;
                return new Token(Kind.CHARACTER, value.toString(), startLine);
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
        int startLine = line;
        pos += 3;
        while (true) {
            int c = at(0);
            if (c < 0) {
                throw new SyntaxProblem("text block opened here is never closed with \"\"\"", startLine);
            }
            if (c == '"' && at(1) == '"' && at(2) == '"') {
                pos += 3;
                return new Token(Kind.TEXT_BLOCK, "\"\"\"", startLine);
            }
            if (c == '\\') {
                pos++;
                if (at(0) == '\n' || at(0) == '\r') {
                    continue;
                }
                pos++;
            } else if (c == '\n' || c == '\r') {
                newLine(c);
            } else {
                pos++;
            }
        }
    }

    private void escape(StringBuilder value) {
        pos++;
        int c = at(0);
        pos++;
        switch (c) {
            case 'b': value.append('\b'); return;
            case 't': value.append('\t'); return;
            case 'n': value.append('\n'); return;
            case 'f': value.append('\f'); return;
            case 'r': value.append('\r'); return;
            case 's': value.append(' '); return;
            case '"': value.append('"'); return;
            case '\'': value.append('\''); return;
            case '\\': value.append('\\'); return;
            case 'u': value.append(unicodeEscape()); return;
            default:
                if (c >= '0' && c <= '7') {
                    value.append(octalEscape(c));
                    return;
                }
                String shown = c < 0 ? "" : String.valueOf((char) c);
                throw new SyntaxProblem("invalid escape sequence '\\" + shown + "' in a string literal", line);
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

    private char unicodeEscape() {
        while (at(0) == 'u') {
            pos++;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = at(0) < 0 ? -1 : Character.digit(at(0), 16);
            if (digit < 0) {
                throw new SyntaxProblem("invalid unicode escape in a string literal: \\u needs four hex digits", line);
            }
            value = value * 16 + digit;
            pos++;
        }
        if (value == '"' || value == '\\' || value == '\n' || value == '\r') {
            throw new SyntaxProblem(String.format("unicode escape \\u%04x is not allowed in a revision's"
                    + " metadata; write the character with a plain escape instead", value), line);
        }
        return (char) value;
    }
}
