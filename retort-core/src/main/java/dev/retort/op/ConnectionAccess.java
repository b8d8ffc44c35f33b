package dev.retort.op;

import java.sql.Connection;
import java.util.List;

/**
 * How {@link RecordingOperations#connection()} reaches the database: online the runtime executes the
 * operations recorded before the call, then hands out the run's connection; offline, or where operations
 * are only recorded, there is none.
 */
@FunctionalInterface
public interface ConnectionAccess {

    /** The connection, once {@code recordedBefore} has been executed on it. */
    Connection connection(List<Operation> recordedBefore);

    /** No connection: every call fails with {@code reason}. */
    static ConnectionAccess none(String reason) {
        return recordedBefore -> {
            throw new NoConnectionException(reason);
        };
    }
}
