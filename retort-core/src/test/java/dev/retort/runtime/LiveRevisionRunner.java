package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Runs one revision's upgrade or downgrade on an open connection exactly as a migration run does (record,
 * compile for the dialect, reflect tables for SQLite batches, execute over JDBC), in one transaction,
 * without a script directory or version table. For tests outside this package.
 */
public final class LiveRevisionRunner {
    private final JdbcSink sink;
    private final DdlCompiler compiler;
    private final LiveTables liveTables;
    private final Dialect dialect;

    public LiveRevisionRunner(Connection connection, Dialect dialect) {
        this.sink = new JdbcSink(connection);
        this.dialect = dialect;
        this.compiler = DdlCompilers.forDialect(dialect);
        this.liveTables = new LiveTables(sink, dialect);
    }

    /** Runs the upgrade; the statements it executed. */
    public List<String> upgrade(Migration migration) {
        return run(migration, true);
    }

    /** Runs the downgrade; the statements it executed. */
    public List<String> downgrade(Migration migration) {
        return run(migration, false);
    }

    private static final RunSettings SETTINGS = new RunSettings(false, java.util.Optional.empty(), MigrationLoader.NONE,
            MigrationListener.SILENT, Map.of());

    private List<String> run(Migration migration, boolean upgrade) {
        StatementLog log = new StatementLog(sink, dialect, () -> { });
        sink.begin();
        try {
            new JavaRevisionRunner(compiler, liveTables, sink.connection(), dialect.name(), SETTINGS)
                    .run(migration, upgrade, log, "");
            sink.commit();
        } catch (RevisionCodeException e) {
            sink.rollback();
            // The run carries a refused operation with the line that asked for it; tests look at the refusal.
            throw e.getCause() instanceof RuntimeException refusal ? refusal : e;
        } catch (RuntimeException e) {
            sink.rollback();
            throw e;
        }
        return log.applied();
    }
}
