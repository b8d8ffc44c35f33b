package dev.retort.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tokens of a condition or expression in one spelling, as {@link ConditionTree} reads them: words and
 * quoted names in lower case, numbers without trailing zeros, and what databases add or write their own way
 * rewritten to what the models write: casts ({@code (s)::text}, {@code CAST(x AS VARCHAR)}) left out, with
 * PostgreSQL's quoted negative numbers ({@code '-1'::integer}) made numbers again, its operators for
 * {@code LIKE} ({@code ~~}, {@code !~~}, {@code ~~*}, {@code !~~*}) and {@code !=}, and its arrays for
 * {@code IN} and {@code NOT IN} ({@code = ANY (ARRAY[...])}, {@code <> ALL (ARRAY[...])}).
 */
final class ConditionTokens {

    enum Kind { WORD, NAME, NUMBER, STRING, SYMBOL, OPEN, CLOSE, COMMA }

    /** One token: a word in lower case, a quoted name without its quotes, a string with its quotes. */
    record Token(Kind kind, String text) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }
    }

    /** Longest first, so that {@code !~~*} is not read as {@code !} and {@code ~~*}. */
    private static final List<String> OPERATORS = List.of("!~~*", "!~~", "~~*", "->>", "~~", "::", "<>", "!=", "<=",
            ">=", "||", "->");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "int", "int2", "int4", "int8", "smallint",
            "bigint", "numeric", "decimal", "real", "double", "float4", "float8");
    /** The words after the first of a type's name: {@code character varying}, {@code time with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");

    private ConditionTokens() {}

    static List<Token> of(String sql) {
        List<Token> tokens = quotedNumbers(lexed(sql));
        tokens = withoutCastOperators(tokens);
        tokens = withoutCastCalls(tokens);
        tokens = spelledOperators(tokens);
        return inLists(tokens);
    }

    private static List<Token> lexed(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = closingQuote(sql, i);
                String quoted = sql.substring(start, i);
                tokens.add(c == '\'' ? new Token(Kind.STRING, quoted) : new Token(Kind.NAME, name(quoted)));
            } else if (Character.isDigit(c) || c == '.' && i + 1 < sql.length()
                    && Character.isDigit(sql.charAt(i + 1))) {
                i = numberEnd(sql, i);
                tokens.add(new Token(Kind.NUMBER, number(sql.substring(start, i))));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
            } else {
                String operator = OPERATORS.stream().filter(op -> sql.startsWith(op, start)).findFirst()
                        .orElse(String.valueOf(c));
                i += operator.length();
                tokens.add(new Token(c == '(' ? Kind.OPEN : c == ')' ? Kind.CLOSE : c == ',' ? Kind.COMMA
                        : Kind.SYMBOL, operator));
            }
        }
        return tokens;
    }

    /** Just past the quote that closes the one at {@code start}, a doubled quote being part of the text. */
    private static int closingQuote(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** A quoted name without its quotes, in lower case as the other names. */
    private static String name(String quoted) {
        String quote = quoted.substring(0, 1);
        boolean closed = quoted.length() > 1 && quoted.endsWith(quote);
        return quoted.substring(1, quoted.length() - (closed ? 1 : 0)).replace(quote + quote, quote)
                .toLowerCase(Locale.ROOT);
    }

    private static int numberEnd(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i + 1 < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (sql.charAt(j) == '+' || sql.charAt(j) == '-') {
                j++;
            }
            if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    /** {@code 1.50} as {@code 1.5}, {@code 0.0} as {@code 0}; exponents as written. */
    private static String number(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains(".") || lower.contains("e")) {
            return lower;
        }
        String stripped = lower.replaceAll("0+$", "");
        stripped = stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** PostgreSQL's {@code '-1'::integer} and {@code '-1.5'::numeric}: the number, its cast left for later. */
    private static List<Token> quotedNumbers(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String value = token.kind() == Kind.STRING && token.text().length() > 2
                    ? token.text().substring(1, token.text().length() - 1) : "";
            if (NUMBER.matcher(value).matches() && i + 2 < tokens.size() && tokens.get(i + 1).isSymbol("::")
                    && tokens.get(i + 2).kind() == Kind.WORD && NUMERIC_TYPES.contains(tokens.get(i + 2).text())) {
                if (value.startsWith("-")) {
                    out.add(new Token(Kind.SYMBOL, "-"));
                }
                out.add(new Token(Kind.NUMBER, number(value.replaceFirst("^[-+]", ""))));
            } else {
                out.add(token);
            }
        }
        return out;
    }

    /** Without {@code ::type}, {@code ::character varying(20)} and {@code ::text[]}. */
    private static List<Token> withoutCastOperators(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i++);
            if (!token.isSymbol("::")) {
                out.add(token);
                continue;
            }
            if (i < tokens.size() && (tokens.get(i).kind() == Kind.WORD || tokens.get(i).kind() == Kind.NAME)) {
                i++;
            }
            while (i < tokens.size()) {
                Token next = tokens.get(i);
                if (next.kind() == Kind.OPEN) {
                    i = matching(tokens, i) + 1;
                } else if (next.kind() == Kind.WORD && TYPE_WORDS.contains(next.text())) {
                    i++;
                } else if (next.isSymbol("[") && i + 1 < tokens.size() && tokens.get(i + 1).isSymbol("]")) {
                    i += 2;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** {@code CAST(x AS type)} as {@code (x)}, as PostgreSQL's {@code (x)::type} is read. */
    private static List<Token> withoutCastCalls(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int as = token.isWord("cast") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.OPEN
                    ? lastTopLevelAs(tokens, i + 1) : -1;
            if (as < 0) {
                out.add(token);
                i++;
                continue;
            }
            int close = matching(tokens, i + 1);
            out.add(tokens.get(i + 1));
            out.addAll(withoutCastCalls(tokens.subList(i + 2, as)));
            out.add(new Token(Kind.CLOSE, ")"));
            i = close + 1;
        }
        return out;
    }

    private static int lastTopLevelAs(List<Token> tokens, int open) {
        int close = matching(tokens, open);
        int depth = 0;
        int as = -1;
        for (int i = open + 1; i < close; i++) {
            Kind kind = tokens.get(i).kind();
            depth += kind == Kind.OPEN ? 1 : kind == Kind.CLOSE ? -1 : 0;
            if (depth == 0 && tokens.get(i).isWord("as")) {
                as = i;
            }
        }
        return as;
    }

    /** PostgreSQL's {@code !=} is {@code <>} and its {@code ~~} is {@code LIKE}. */
    private static List<Token> spelledOperators(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token token : tokens) {
            if (token.kind() != Kind.SYMBOL) {
                out.add(token);
                continue;
            }
            switch (token.text()) {
                case "!=" -> out.add(new Token(Kind.SYMBOL, "<>"));
                case "~~" -> out.add(word("like"));
                case "~~*" -> out.add(word("ilike"));
                case "!~~" -> out.addAll(List.of(word("not"), word("like")));
                case "!~~*" -> out.addAll(List.of(word("not"), word("ilike")));
                default -> out.add(token);
            }
        }
        return out;
    }

    /** {@code = ANY (ARRAY[a, b])} as {@code IN (a, b)}, {@code <> ALL (ARRAY[a, b])} as {@code NOT IN (a, b)}. */
    private static List<Token> inLists(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            boolean any = token.isSymbol("=") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("any");
            boolean all = token.isSymbol("<>") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("all");
            int opens = 0;
            while ((any || all) && i + 2 + opens < tokens.size() && tokens.get(i + 2 + opens).kind() == Kind.OPEN) {
                opens++;
            }
            int array = i + 2 + opens;
            int end = opens > 0 && array + 1 < tokens.size() && tokens.get(array).isWord("array")
                    && tokens.get(array + 1).isSymbol("[") ? closingBracket(tokens, array + 1) : -1;
            if (end < 0 || end + opens >= tokens.size()
                    || !tokens.subList(end + 1, end + 1 + opens).stream().allMatch(t -> t.kind() == Kind.CLOSE)) {
                out.add(token);
                i++;
                continue;
            }
            if (all) {
                out.add(word("not"));
            }
            out.add(word("in"));
            out.add(new Token(Kind.OPEN, "("));
            out.addAll(inLists(tokens.subList(array + 2, end)));
            out.add(new Token(Kind.CLOSE, ")"));
            i = end + 1 + opens;
        }
        return out;
    }

    /** The parenthesis that closes the one at {@code open}, or the last token when none does. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            depth += kind == Kind.OPEN ? 1 : kind == Kind.CLOSE ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static int closingBracket(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isSymbol("[") ? 1 : token.isSymbol("]") ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Token word(String text) {
        return new Token(Kind.WORD, text);
    }
}
