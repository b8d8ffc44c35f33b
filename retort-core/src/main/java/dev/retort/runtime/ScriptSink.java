package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.sql.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a run as a SQL script, in Alembic's layout: each statement followed by {@code ;} (on MySQL and
 * MariaDB one with a {@code ;} inside, such as a stored program, between {@code DELIMITER} lines, as their
 * client needs) and a blank line,
 * comments as {@code -- text} and a blank line, the rows of a {@code COPY ... FROM STDIN} after it up to a
 * {@code \.} line, as psql reads them, and {@code BEGIN;}/{@code COMMIT;} around the work on dialects
 * whose scripts carry transaction text.
 */
public final class ScriptSink extends TransactionTrackingSink {
    private final Appendable out;
    private final boolean transactionText;
    private final SqlDialect sqlDialect;

    public ScriptSink(Appendable out, Dialect dialect) {
        this.out = out;
        this.transactionText = dialect.capabilities().offlineTransactionText();
        this.sqlDialect = SqlDialect.of(dialect.name());
    }

    @Override
    public long execute(BoundSql statement) {
        write(sqlDialect.terminated(statement.literal().strip()) + "\n\n");
        return -1;
    }

    // As pg_dump writes it, so that psql reads the rows: the statement, its data lines, then a line "\.", which
    // psql wants to end as the data lines do (a file with Windows line endings keeps them in its rows).
    @Override
    public long copyIn(String sql, String data) {
        write(sql.strip() + ";\n" + data + "\\." + (data.endsWith("\r\n") ? "\r\n" : "\n") + "\n");
        return -1;
    }

    @Override
    public void comment(String text) {
        write("-- " + text + "\n\n");
    }

    @Override
    protected void startTransaction() {
        if (transactionText) {
            write("BEGIN;\n\n");
        }
    }

    @Override
    protected void commitTransaction() {
        if (transactionText) {
            write("COMMIT;\n\n");
        }
    }

    @Override
    protected void abandonTransaction() {
        // A script has nothing to undo: it stops where the failure was.
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
