package dev.retort.runtime;

import java.util.ArrayList;
import java.util.List;

/** Sends one revision's statements to the sink and remembers what ran, for the message when one fails. */
final class StatementLog {
    private final SqlSink sink;
    private final List<String> applied = new ArrayList<>();
    private String failedLocation;

    StatementLog(SqlSink sink) {
        this.sink = sink;
    }

    /** Runs one statement; {@code location} says where it was written (empty when unknown). */
    void execute(String sql, String location) {
        try {
            sink.execute(BoundSql.of(sql));
        } catch (DatabaseError e) {
            failedLocation = location;
            throw e;
        }
        applied.add(sql);
    }

    List<String> applied() {
        return List.copyOf(applied);
    }

    String failedLocation() {
        return failedLocation;
    }
}
