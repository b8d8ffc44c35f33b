package dev.retort.sql;

import dev.retort.sql.Token.Kind;
import java.util.Arrays;
import java.util.Locale;

/**
 * PostgreSQL's rules, which are psql's: a {@code ;} inside parentheses does not end a statement (as in
 * {@code CREATE RULE ... DO (INSERT ...; INSERT ...)}), and in {@code CREATE [OR REPLACE] FUNCTION} or
 * {@code PROCEDURE} a {@code BEGIN ATOMIC} outside parentheses opens a body that an {@code END} closes; inside
 * such a body a {@code CASE} also waits for its {@code END}. psql counts every {@code BEGIN} there; a body
 * cannot hold a {@code BEGIN} statement, so only one followed by {@code ATOMIC} is counted here, and a column
 * named {@code begin} ({@code WHERE t.begin = x}, a non-reserved word) is a name. {@code END} and {@code CASE}
 * are reserved, so a column of that name is quoted, except after a {@code .} ({@code p.end}), where PostgreSQL
 * takes any word as a name; so is any word there.
 */
final class PostgresBlocks implements BlockTracker {
    private final String script;
    private final String[] firstWords = new String[4];
    private int words;
    private boolean routine;
    private int parenDepth;
    private Token outermostParen;
    private int bodyDepth;
    private Token outermostBegin;
    /** A {@code BEGIN} that opens a body if {@code ATOMIC} follows. */
    private Token pendingBegin;
    /** The token before this one is a {@code .} after a name, so a word here is the name of a column or table. */
    private boolean afterDot;
    /** This token may be followed by a qualifying {@code .}: a name, a quoted name or a closing parenthesis. */
    private boolean namesBefore;

    PostgresBlocks(String script) {
        this.script = script;
    }

    @Override
    public void accept(Token token) {
        if (token.kind() == Kind.COMMENT) {
            return;
        }
        boolean qualified = afterDot;
        // A dot after a name, a quoted name or a parenthesis qualifies what follows; after a number it is the
        // number's own ("2. END").
        afterDot = token.kind() == Kind.SYMBOL && script.charAt(token.start()) == '.' && namesBefore;
        namesBefore = token.kind() == Kind.WORD && !Character.isDigit(script.charAt(token.start()))
                || token.kind() == Kind.LITERAL && script.charAt(token.start()) == '"'
                || token.kind() == Kind.CLOSE_PAREN;
        if (qualified && token.kind() == Kind.WORD) {
            pendingBegin = null;
            return;
        }
        Token begin = pendingBegin;
        pendingBegin = null;
        if (begin != null && token.isWord(script, "ATOMIC")) {
            if (bodyDepth++ == 0) {
                outermostBegin = begin;
            }
            return;
        }
        if (token.kind() == Kind.OPEN_PAREN) {
            if (parenDepth++ == 0) {
                outermostParen = token;
            }
        } else if (token.kind() == Kind.CLOSE_PAREN) {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (token.kind() == Kind.WORD) {
            word(token);
        }
    }

    private void word(Token token) {
        if (words < firstWords.length) {
            firstWords[words++] = token.text(script).toUpperCase(Locale.ROOT);
            routine = isRoutineHeader();
        }
        if (!routine || parenDepth > 0) {
            return;
        }
        if (token.isWord(script, "BEGIN")) {
            pendingBegin = token;
        } else if (token.isWord(script, "CASE") && bodyDepth > 0) {
            bodyDepth++;
        } else if (token.isWord(script, "END") && bodyDepth > 0) {
            bodyDepth--;
        }
    }

    private boolean isRoutineHeader() {
        if (!"CREATE".equals(firstWords[0])) {
            return false;
        }
        return isRoutineKind(firstWords[1])
                || "OR".equals(firstWords[1]) && "REPLACE".equals(firstWords[2]) && isRoutineKind(firstWords[3]);
    }

    private static boolean isRoutineKind(String word) {
        return "FUNCTION".equals(word) || "PROCEDURE".equals(word);
    }

    @Override
    public OpenBlock openBlock() {
        if (bodyDepth > 0) {
            return new OpenBlock(outermostBegin, "END");
        }
        return parenDepth > 0 ? new OpenBlock(outermostParen, ")") : null;
    }

    @Override
    public void reset() {
        Arrays.fill(firstWords, null);
        words = 0;
        routine = false;
        parenDepth = 0;
        bodyDepth = 0;
        outermostParen = null;
        outermostBegin = null;
        pendingBegin = null;
        afterDot = false;
        namesBefore = false;
    }
}
