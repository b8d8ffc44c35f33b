package dev.retort.runtime;

import dev.retort.api.Operations;

/** The {@link Operations} a Java revision receives: each operation goes to the run's {@link SqlSink}. */
final class SinkOperations implements Operations {
    private final StatementLog log;

    SinkOperations(StatementLog log) {
        this.log = log;
    }

    @Override
    public void execute(String sql) {
        log.execute(sql, "");
    }
}
