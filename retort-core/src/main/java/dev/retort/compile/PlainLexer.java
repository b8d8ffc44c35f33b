package dev.retort.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a plain revision: identifiers, decimal {@code int}, {@code long} ({@code 5L}) and
 * {@code double} ({@code 1.5}, without exponent or suffix) literals,
 * string literals with the simple escapes, single-character symbols and the lambda arrow {@code ->};
 * comments and white space are skipped. Anything else (text blocks, characters, other numbers, unicode
 * escapes anywhere) ends the reading with {@link NotPlain}.
 */
final class PlainLexer {
    enum Kind { IDENTIFIER, STRING, NUMBER, SYMBOL, END }

    /** One token; {@code value} is the string's or number's value; {@code line} counts from 1 (0 at the end). */
    record Token(Kind kind, String text, Object value, int line) {
    }

    /** The most bytes a string constant of a class file holds. */
    private static final int MAX_CONSTANT_BYTES = 65_535;

    /** The file is not a plain revision; it is compiled instead. */
    static final class NotPlain extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final String SYMBOLS = "(){}[];:,.@*=+-!<>";
    private static final Token END = new Token(Kind.END, "", null, 0);

    private final String text;
    private int at;
    /** The line of the token being read, and the offset up to which lines were counted. */
    private int line = 1;
    private int countedUpTo;
    private final List<Token> tokens;
    private int position;
    private Token next;

    PlainLexer(String text) {
        if (text.contains("\\u")) {
            throw new NotPlain();
        }
        this.text = text;
        List<Token> read = new ArrayList<>();
        for (Token token = read(); token.kind() != Kind.END; token = read()) {
            read.add(token);
        }
        this.tokens = read;
        this.next = tokenAt(0);
    }

    /** The tokens of a part of a file, read again on their own. */
    private PlainLexer(List<Token> tokens) {
        this.text = "";
        this.tokens = List.copyOf(tokens);
        this.next = tokenAt(0);
    }

    /** The text of the next token, "" at the end. */
    String peek() {
        return next.text();
    }

    /** Whether the token after the next one is the symbol {@code symbol}. */
    boolean secondIsSymbol(String symbol) {
        return isSymbol(tokenAt(position + 1), symbol);
    }

    /** The line of the next token in its file, 0 at the end. */
    int line() {
        return next.line();
    }

    Kind peekKind() {
        return next.kind();
    }

    Token next() {
        Token token = next;
        next = tokenAt(++position);
        return token;
    }

    /**
     * Takes the body of a lambda, as tokens to read later: a block {@code { ... }}, or an expression that
     * ends before the {@code ,} or {@code )} that closes it, nested brackets included.
     */
    PlainLexer lambdaBody() {
        int start = position;
        if (peek().equals("{")) {
            skipBalanced("{", "}");
        } else {
            int depth = 0;
            while (depth > 0 || !(peek().equals(",") || peek().equals(")"))) {
                Token token = next();
                if (token.kind() == Kind.END) {
                    throw new NotPlain();
                } else if (isSymbol(token, "(") || isSymbol(token, "{")) {
                    depth++;
                } else if (isSymbol(token, ")") || isSymbol(token, "}")) {
                    depth--;
                }
            }
        }
        if (position == start) {
            throw new NotPlain();
        }
        return new PlainLexer(tokens.subList(start, position));
    }

    /** Takes a block {@code { ... }}, braces and nested blocks included, as tokens to read later. */
    PlainLexer block() {
        int start = position;
        skipBalanced("{", "}");
        return new PlainLexer(tokens.subList(start, position));
    }

    private Token tokenAt(int index) {
        return index < tokens.size() ? tokens.get(index) : END;
    }

    private static boolean isSymbol(Token token, String text) {
        return token.kind() == Kind.SYMBOL && token.text().equals(text);
    }

    boolean accept(String tokenText) {
        if (next.kind() != Kind.STRING && next.text().equals(tokenText)) {
            next();
            return true;
        }
        return false;
    }

    void expect(String tokenText) {
        if (!accept(tokenText)) {
            throw new NotPlain();
        }
    }

    String identifier() {
        if (next.kind() != Kind.IDENTIFIER) {
            throw new NotPlain();
        }
        return next().text();
    }

    void expectEnd() {
        if (next.kind() != Kind.END) {
            throw new NotPlain();
        }
    }

    /** Skips {@code ( ... )} with whatever it holds, nested parentheses included. */
    void skipParenthesized() {
        skipBalanced("(", ")");
    }

    private void skipBalanced(String open, String close) {
        expect(open);
        int depth = 1;
        while (depth > 0) {
            Token token = next();
            if (token.kind() == Kind.END) {
                throw new NotPlain();
            } else if (isSymbol(token, open)) {
                depth++;
            } else if (isSymbol(token, close)) {
                depth--;
            }
        }
    }

    private Token read() {
        skipSpaceAndComments();
        if (at >= text.length()) {
            return END;
        }
        countLinesUpTo(at);
        char c = text.charAt(at);
        if (Character.isJavaIdentifierStart(c)) {
            int start = at;
            while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
                // javac leaves these out of a name (T\u200B is T); left to javac rather than matched here.
                if (Character.isIdentifierIgnorable(text.charAt(at))) {
                    throw new NotPlain();
                }
                at++;
            }
            return token(Kind.IDENTIFIER, text.substring(start, at), null);
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("->", at)) {
            at += 2;
            return token(Kind.SYMBOL, "->", null);
        }
        if (SYMBOLS.indexOf(c) >= 0) {
            at++;
            return token(Kind.SYMBOL, String.valueOf(c), null);
        }
        throw new NotPlain();
    }

    /** Counts the line terminators before {@code offset} as javac does: {@code \n}, {@code \r} and the pair. */
    private void countLinesUpTo(int offset) {
        for (int i = countedUpTo; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        countedUpTo = offset;
    }

    private Token token(Kind kind, String tokenText, Object value) {
        return new Token(kind, tokenText, value, line);
    }

    /** Java's white space (spaces, tabs, form feeds, line ends) and comments; other characters are javac's to judge. */
    private void skipSpaceAndComments() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                at++;
            } else if (text.startsWith("//", at)) {
                // A comment ends at a line end, a lone \r included.
                while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                    at++;
                }
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new NotPlain();
                }
                at = end + 2;
            } else {
                return;
            }
        }
    }

    private Token number() {
        int start = at;
        skipDigits();
        String digits = text.substring(start, at);
        boolean isLong = at < text.length() && (text.charAt(at) == 'L' || text.charAt(at) == 'l');
        boolean isDouble = !isLong && at + 1 < text.length() && text.charAt(at) == '.'
                && Character.isDigit(text.charAt(at + 1));
        if (isLong) {
            at++;
        } else if (isDouble) {
            at++;
            skipDigits();
        }
        boolean octalOrSuffixed = digits.length() > 1 && digits.charAt(0) == '0'
                || at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))
                || at < text.length() && text.charAt(at) == '.';
        String literal = text.substring(start, at);
        // Up to 9 or 18 digits: always within range, so javac never rejects what is read here.
        if (octalOrSuffixed || literal.length() > (isLong || isDouble ? 19 : 9)) {
            throw new NotPlain();
        }
        if (isDouble) {
            return token(Kind.NUMBER, literal, Double.valueOf(literal));
        }
        return isLong ? token(Kind.NUMBER, literal, Long.valueOf(digits))
                : token(Kind.NUMBER, literal, Integer.valueOf(digits));
    }

    private void skipDigits() {
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
    }

    /** The length of {@code text} in a class file's constant pool (modified UTF-8). */
    private static int modifiedUtf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    private Token string() {
        if (text.startsWith("\"\"\"", at)) {
            throw new NotPlain();
        }
        StringBuilder value = new StringBuilder();
        int start = at++;
        while (true) {
            if (at >= text.length()) {
                throw new NotPlain();
            }
            char c = text.charAt(at++);
            if (c == '"') {
                // A class file holds a constant of at most 65,535 bytes: javac refuses a longer literal, and so a
                // plain reading must not take it (a concatenation of literals javac folds into one is left to it).
                if (modifiedUtf8Length(value) > MAX_CONSTANT_BYTES) {
                    throw new NotPlain();
                }
                return token(Kind.STRING, text.substring(start, at), value.toString());
            } else if (c == '\n' || c == '\r') {
                throw new NotPlain();
            } else if (c == '\\') {
                value.append(escape(at < text.length() ? text.charAt(at++) : ' '));
            } else {
                value.append(c);
            }
        }
    }

    private static char escape(char c) {
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            case 's': return ' ';
            case '"': return '"';
            case '\'': return '\'';
            case '\\': return '\\';
            default: throw new NotPlain();
        }
    }
}
