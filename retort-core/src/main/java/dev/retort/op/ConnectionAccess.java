package dev.retort.op;

import java.sql.Connection;
import java.util.List;

/**
 * How {@link RecordingOperations#connection()} and {@link RecordingOperations#autocommitBlock} reach the
 * run: online the runtime executes the operations recorded before the call, then hands out the run's
 * connection; offline, or where operations are only recorded, there is none.
 */
@FunctionalInterface
public interface ConnectionAccess {

    /** The connection, once {@code recordedBefore} has been executed on it. */
    Connection connection(List<Operation> recordedBefore);

    /**
     * Runs {@code recordedBefore} in the transaction, then {@code block} outside it (the transaction is committed
     * first and opened again after), as {@link dev.retort.api.Operations#autocommitBlock} asks; false where
     * nothing runs, the operations being only recorded: they then stay recorded, in order.
     */
    default boolean runOutsideTransaction(List<Operation> recordedBefore, List<Operation> block) {
        return false;
    }

    /** No connection: every call fails with {@code reason}. */
    static ConnectionAccess none(String reason) {
        return recordedBefore -> {
            throw new NoConnectionException(reason);
        };
    }
}
