package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Operation;
import dev.retort.reflect.SqliteTableReader;
import dev.retort.schema.Table;
import java.sql.Connection;
import java.util.Optional;

/**
 * Gives a batch that rebuilds its table the table's definition as the live database has it, on a
 * database that cannot alter constraints in place (SQLite), unless the revision gave one ({@code copyFrom}).
 * Offline there is no database to read, and the batch must carry {@code copyFrom}.
 */
final class LiveTables {
    private final Optional<Connection> connection;
    private final boolean rebuildsTables;

    LiveTables(SqlSink sink, Dialect dialect) {
        this.connection = sink.connection();
        this.rebuildsTables = !dialect.capabilities().alterConstraints();
    }

    /** Whether the operation is a batch that takes its table's definition from the database. */
    boolean readsLiveTable(Operation operation) {
        return operation instanceof BatchAlterTable batch && batch.copyFrom().isEmpty() && rebuildsTables
                && connection.isPresent() && SqliteBatchPlanner.recreates(batch);
    }

    Operation withCurrentTable(Operation operation) {
        if (!readsLiveTable(operation)) {
            return operation;
        }
        BatchAlterTable batch = (BatchAlterTable) operation;
        Table current = SqliteTableReader.read(connection.get(), batch.table());
        return new BatchAlterTable(batch.table(), batch.recreate(), Optional.of(current), batch.partialReordering(),
                batch.operations());
    }
}
