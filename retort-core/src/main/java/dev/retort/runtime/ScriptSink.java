package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a run as a SQL script, in Alembic's layout: each statement followed by {@code ;} and a blank
 * line, comments as {@code -- text} and a blank line, and {@code BEGIN;}/{@code COMMIT;} around the work on
 * dialects whose scripts carry transaction text.
 */
public final class ScriptSink implements SqlSink {
    private final Appendable out;
    private final boolean transactionText;
    private boolean inTransaction;
    private boolean suspended;

    public ScriptSink(Appendable out, Dialect dialect) {
        this.out = out;
        this.transactionText = dialect.capabilities().offlineTransactionText();
    }

    @Override
    public long execute(BoundSql statement) {
        write(statement.literal().strip() + ";\n\n");
        return -1;
    }

    @Override
    public void comment(String text) {
        write("-- " + text + "\n\n");
    }

    @Override
    public void begin() {
        inTransaction = true;
        if (transactionText) {
            write("BEGIN;\n\n");
        }
    }

    @Override
    public void commit() {
        inTransaction = false;
        if (transactionText) {
            write("COMMIT;\n\n");
        }
    }

    @Override
    public void rollback() {
        inTransaction = false;
    }

    @Override
    public void suspendTransaction() {
        if (inTransaction) {
            commit();
            suspended = true;
        }
    }

    @Override
    public void resumeTransaction() {
        if (suspended) {
            suspended = false;
            begin();
        }
    }

    @Override
    public boolean isOnline() {
        return false;
    }

    private void write(String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
