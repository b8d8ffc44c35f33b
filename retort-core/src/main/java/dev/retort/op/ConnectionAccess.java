package dev.retort.op;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

/**
 * How {@link RecordingOperations#connection()} and {@link RecordingOperations#autocommitBlock} reach the
 * run: online the runtime executes the operations recorded before the call, then hands out the run's
 * connection; offline, or where operations are only recorded, there is none.
 */
@FunctionalInterface
public interface ConnectionAccess {

    /**
     * The connection, once the operations {@code recorded} gives (and forgets) have run on it; each later use
     * of it first runs those recorded since, so that the revision's code sees them as written.
     */
    Connection connection(Supplier<List<Operation>> recorded);

    /**
     * Runs {@code recordedBefore} in the transaction, then {@code block} outside it (the transaction is
     * committed first and opened again after), with the operations it records ({@code recorded} gives them)
     * and the connection in autocommit mode, as {@link dev.retort.api.Operations#autocommitBlock} asks; false
     * where nothing runs, the operations being only recorded: the block has then recorded its own.
     */
    default boolean runOutsideTransaction(List<Operation> recordedBefore, Runnable block,
            Supplier<List<Operation>> recorded) {
        block.run();
        return false;
    }

    /** No connection: every call fails with {@code reason}. */
    static ConnectionAccess none(String reason) {
        return recorded -> {
            throw new NoConnectionException(reason);
        };
    }
}
