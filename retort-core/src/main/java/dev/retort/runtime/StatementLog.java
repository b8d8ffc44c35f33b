package dev.retort.runtime;

import java.util.ArrayList;
import java.util.List;

/** Sends one revision's statements to the sink and remembers what ran, for the message when one fails. */
final class StatementLog {
    private final SqlSink sink;
    private final List<String> applied = new ArrayList<>();
    private String failedLocation;
    private boolean connectionHandedOut;
    private boolean leftTransaction;

    StatementLog(SqlSink sink) {
        this.sink = sink;
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

    /** Commits the transaction so that what follows runs on its own, as {@code op.autocommitBlock} asks. */
    void suspendTransaction() {
        sink.suspendTransaction();
        leftTransaction = true;
    }

    /** Opens a transaction again after {@link #suspendTransaction()}. */
    void resumeTransaction() {
        sink.resumeTransaction();
    }

    /** Whether part of the revision ran outside the run's transaction, so a rollback cannot undo all of it. */
    boolean leftTransaction() {
        return leftTransaction;
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
