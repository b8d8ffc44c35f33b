package dev.retort.sql;

import dev.retort.sql.Token.Kind;

/**
 * Tells, token by token, whether the current statement is a PostgreSQL {@code COPY} whose rows pass through
 * the client: {@code COPY table [(columns)] FROM STDIN [options]}, whose data lines follow it in the script, or
 * {@code COPY table|(query) TO STDOUT}, whose rows psql prints. A {@code COPY} from or to a file or a program
 * is an ordinary statement.
 */
final class CopyThroughClient {
    private final String script;
    private int tokens;
    private int parenDepth;
    private boolean afterFrom;
    private boolean afterTo;
    private boolean readsStdin;
    private boolean writesStdout;
    private boolean ruledOut;

    CopyThroughClient(String script) {
        this.script = script;
    }

    /** Sees each token of the statement but comments and the terminator, in order. */
    void accept(Token token) {
        if (ruledOut || readsStdin || writesStdout) {
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
        } else if (afterTo) {
            writesStdout = token.isWord(script, "STDOUT");
            ruledOut = !writesStdout;
        } else if (token.isWord(script, "FROM")) {
            afterFrom = true;
        } else if (token.isWord(script, "TO")) {
            afterTo = true;
        }
    }

    /** Whether the statement seen so far reads its rows from the lines after it. */
    boolean readsStdin() {
        return readsStdin;
    }

    /** Whether the statement seen so far sends its rows to the client. */
    boolean writesStdout() {
        return writesStdout;
    }

    void reset() {
        tokens = 0;
        parenDepth = 0;
        afterFrom = false;
        afterTo = false;
        readsStdin = false;
        writesStdout = false;
        ruledOut = false;
    }
}
