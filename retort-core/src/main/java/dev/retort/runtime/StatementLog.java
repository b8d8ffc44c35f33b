package dev.retort.runtime;

import java.util.ArrayList;
import java.util.List;

/** Sends one revision's statements to the sink and remembers what ran, for the message when one fails. */
final class StatementLog {
    private final SqlSink sink;
    private final Runnable beforeCommit;
    private final List<String> applied = new ArrayList<>();
    private String failedLocation;
    private boolean connectionHandedOut;
    private boolean leftTransaction;
    private boolean outsideTransaction;
    private int committedCount;

    /** {@code beforeCommit} runs before the revision commits what ran before it and leaves the transaction. */
    StatementLog(SqlSink sink, Runnable beforeCommit) {
        this.sink = sink;
        this.beforeCommit = beforeCommit;
    }

    /** Runs one statement; {@code location} says where it was written (empty when unknown). */
    void execute(String sql, String location) {
        run(() -> sink.execute(BoundSql.of(sql)), sql, location);
    }

    /** Runs a {@code COPY ... FROM STDIN} with the rows it reads; {@code location} as for {@link #execute}. */
    void copyIn(String sql, String data, String location) {
        run(() -> sink.copyIn(sql, data), sql, location);
    }

    private void run(Runnable statement, String sql, String location) {
        try {
            statement.run();
        } catch (DatabaseError e) {
            failedLocation = location;
            throw e;
        }
        applied.add(sql);
    }

    /**
     * Commits the transaction so that what follows runs on its own, as {@code op.autocommitBlock} and a SQL
     * section marked {@code transaction=false} ask.
     */
    void suspendTransaction() {
        beforeCommit.run();
        sink.suspendTransaction();
        leftTransaction = true;
        outsideTransaction = true;
    }

    /** Opens a transaction again after {@link #suspendTransaction()}. */
    void resumeTransaction() {
        sink.resumeTransaction();
        outsideTransaction = false;
        committedCount = applied.size();
    }

    /** Whether part of the revision ran outside the run's transaction, so a rollback cannot undo all of it. */
    boolean leftTransaction() {
        return leftTransaction;
    }

    /**
     * The statements a rollback cannot undo: those up to the end of the last part run outside the transaction,
     * all of them while such a part runs.
     */
    List<String> committed() {
        return List.copyOf(outsideTransaction ? applied : applied.subList(0, committedCount));
    }

    /** The revision was given the connection, to run statements this log does not see. */
    void connectionHandedOut() {
        connectionHandedOut = true;
    }

    boolean connectionWasHandedOut() {
        return connectionHandedOut;
    }

    List<String> applied() {
        return List.copyOf(applied);
    }

    String failedLocation() {
        return failedLocation;
    }
}
