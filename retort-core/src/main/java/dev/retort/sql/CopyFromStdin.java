package dev.retort.sql;

import dev.retort.sql.Token.Kind;

/**
 * Tells, token by token, whether the current statement is a PostgreSQL {@code COPY table [(columns)] FROM
 * STDIN [options]}, whose data lines follow it in the script. A {@code COPY} from a file or a program, or
 * one {@code TO} anywhere, is an ordinary statement.
 */
final class CopyFromStdin {
    private final String script;
    private int tokens;
    private int parenDepth;
    private boolean afterFrom;
    private boolean readsStdin;
    private boolean ruledOut;

    CopyFromStdin(String script) {
        this.script = script;
    }

    /** Sees each token of the statement but comments and the terminator, in order. */
    void accept(Token token) {
        if (ruledOut || readsStdin) {
            return;
        }
        if (tokens++ == 0) {
            ruledOut = !token.isWord(script, "COPY");
        } else if (token.kind() == Kind.OPEN_PAREN) {
            parenDepth++;
        } else if (token.kind() == Kind.CLOSE_PAREN) {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (parenDepth == 0) {
            topLevel(token);
        }
    }

    private void topLevel(Token token) {
        if (afterFrom) {
            readsStdin = token.isWord(script, "STDIN");
            ruledOut = !readsStdin;
        } else if (token.isWord(script, "FROM")) {
            afterFrom = true;
        } else if (token.isWord(script, "TO")) {
            ruledOut = true;
        }
    }

    /** Whether the statement seen so far reads its rows from the lines after it. */
    boolean readsStdin() {
        return readsStdin;
    }

    void reset() {
        tokens = 0;
        parenDepth = 0;
        afterFrom = false;
        readsStdin = false;
        ruledOut = false;
    }
}
