package dev.retort.runtime;

import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.revision.MigrationStep;
import dev.retort.revision.RevisionGraph;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The revision a run is in the middle of, on a database whose schema changes commit by themselves (MySQL,
 * MariaDB, H2): there a run that dies or fails inside a revision leaves part of it applied while the version
 * table says it is not (or, in a downgrade, that it still is). A run records the revision in a one-row table
 * beside the version table, {@code <version_table>_progress}, before the revision's first statement (the
 * revision's first schema change commits the record), and drops the table when the run ends. A later
 * {@code upgrade} or {@code downgrade} that finds a record of a revision the version table does not show as
 * finished refuses to run until {@code stamp} says where the database is.
 *
 * <p>Where schema changes roll back (PostgreSQL, SQLite), a revision is recorded only when part of it leaves the
 * run's transaction ({@code op.autocommitBlock}, a SQL section marked {@code transaction=false}): the record is
 * written just before the transaction is committed for that part, so that it is committed with it, and the
 * revisions that never leave the transaction cost nothing. In scripts nothing is recorded: {@link #NONE}.
 */
public final class RunProgress {
    /** Records nothing and finds nothing. */
    public static final RunProgress NONE = new RunProgress(null, Optional.empty(), false);
    /**
     * A missing table: the standard's SQLSTATE, H2's for a database that has no table at all, and H2's for a
     * schema that does not exist (a version_table_schema not created yet).
     */
    private static final Set<String> MISSING_TABLE = Set.of("42S02", "42S04", "90079");

    private final String table;
    /**
     * Finds the table in the catalog, on a database that logs a statement refused for want of it or whose
     * transaction such a statement would abort; else empty.
     */
    private final Optional<VersionTable> catalogEntry;
    /** Whether a revision is recorded only when part of it leaves the transaction (schema changes roll back). */
    private final boolean onLeavingTransaction;
    /** The revision in progress, recorded once part of it leaves the transaction. */
    private MigrationStep pending;
    private boolean present;
    /** The table could not be created (a user who may not create tables): the run goes on without the record. */
    private boolean unavailable;
    /** Which process runs, as the record says: looked up once, as the host name may take a lookup. */
    private String runBy;

    private RunProgress(String table, Optional<VersionTable> catalogEntry, boolean onLeavingTransaction) {
        this.table = table;
        this.catalogEntry = catalogEntry;
        this.onLeavingTransaction = onLeavingTransaction;
    }

    /** The record beside {@code versionTable}, for an online run. */
    public static RunProgress beside(VersionTable versionTable, Dialect dialect) {
        VersionTable progress = new VersionTable(dialect, RetortConfig.progressTable(versionTable.name()),
                versionTable.schema());
        boolean transactionalDdl = dialect.capabilities().transactionalDdl();
        return new RunProgress(progress.qualifiedName(),
                Optional.of(progress).filter(table -> transactionalDdl || dialect.logsRefusedStatements()),
                transactionalDdl);
    }

    /** The revision a run left unfinished, as the record and the version {@code rows} tell; none if all is well. */
    public Optional<UnfinishedRevision> unfinished(Connection connection, RevisionGraph graph, List<String> rows) {
        for (UnfinishedRevision record : records(connection)) {
            boolean finished = graph.contains(record.revision())
                    && graph.isApplied(record.revision(), rows) == record.upgrade();
            if (!finished) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    /** Whether the record's table is there, so that the run clears it; a stamp asks this before it runs. */
    public boolean exists(Connection connection) {
        records(connection);
        return present;
    }

    /** The records of the revisions runs started (at most one), none when the table is missing. */
    private List<UnfinishedRevision> records(Connection connection) {
        if (this == NONE) {
            return List.of();
        }
        if (catalogEntry.isPresent() && !catalogEntry.get().existsNow(connection)) {
            present = false;
            return List.of();
        }
        String select = "SELECT revision, direction, started, run_by FROM " + table;
        List<UnfinishedRevision> records = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(select)) {
            present = true;
            while (result.next()) {
                if (result.getString(1) != null) {
                    records.add(new UnfinishedRevision(result.getString(1), "upgrade".equals(result.getString(2)),
                            result.getString(3), result.getString(4), table,
                            onLeavingTransaction));
                }
            }
            return records;
        } catch (SQLException e) {
            // A table this run found or made and now cannot see (a revision's USE changed the session's database)
            // may still hold the record: unknown, not missing.
            if (MISSING_TABLE.contains(e.getSQLState()) && !present) {
                return List.of();
            }
            throw new DatabaseError(BoundSql.of(select), e);
        }
    }

    /**
     * After a failed {@code step} was rolled back: whether part of it stays, as its record tells. The record is
     * written in the step's transaction, so it stays only if something committed that transaction: a schema
     * change, or any statement that commits by itself, run as written or through {@code op.connection()}.
     */
    boolean committedFor(Connection connection, MigrationStep step) {
        return records(connection).stream().anyMatch(record -> record.revision().equals(step.id())
                && record.upgrade() == step.isUpgrade() && record.runBy().equals(runBy()));
    }

    /** The table's name as statements write it. */
    String table() {
        return table;
    }

    /** Creates the record's table unless {@link #unfinished} found it; a run calls this before its first revision. */
    void prepare(SqlSink sink) {
        if (this == NONE || present || onLeavingTransaction) {
            return;
        }
        createTable(sink);
    }

    private void createTable(SqlSink sink) {
        // Inside the run's transaction (schema changes roll back), a refused CREATE would abort it on PostgreSQL.
        if (onLeavingTransaction) {
            sink.execute(BoundSql.of("SAVEPOINT retort_progress"));
        }
        try {
            // A primary key, as servers that require one on every table (sql_require_primary_key) ask.
            sink.execute(BoundSql.of("CREATE TABLE IF NOT EXISTS " + table + " (\n"
                    + "    id INTEGER NOT NULL PRIMARY KEY, \n    revision VARCHAR(255), \n    direction VARCHAR(9), \n"
                    + "    started VARCHAR(64), \n    run_by VARCHAR(255)\n)"));
            present = true;
        } catch (DatabaseError e) {
            // A user who may only change rows (the version table made by another) still runs data migrations.
            unavailable = true;
            if (onLeavingTransaction) {
                sink.execute(BoundSql.of("ROLLBACK TO SAVEPOINT retort_progress"));
            }
        }
        if (onLeavingTransaction) {
            sink.execute(BoundSql.of("RELEASE SAVEPOINT retort_progress"));
        }
    }

    /**
     * Records that {@code step} starts; its first schema change commits the record. Where schema changes roll
     * back, the record waits for {@link #leavingTransaction}.
     */
    void starting(SqlSink sink, MigrationStep step) {
        if (this == NONE || unavailable) {
            return;
        }
        if (onLeavingTransaction) {
            pending = step;
            return;
        }
        write(sink, step);
    }

    /**
     * Just before the revision in progress commits the run's transaction so that part of it runs outside one:
     * where schema changes roll back, records the revision, so that the commit carries the record.
     */
    void leavingTransaction(SqlSink sink) {
        if (!onLeavingTransaction || pending == null || unavailable) {
            return;
        }
        if (!present) {
            createTable(sink);
        }
        if (!unavailable) {
            write(sink, pending);
        }
        pending = null;
    }

    private void write(SqlSink sink, MigrationStep step) {
        List<String> values = List.of(step.id(), step.isUpgrade() ? "upgrade" : "downgrade",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), runBy());
        long updated = sink.execute(new BoundSql("UPDATE " + table + " SET revision = ?, direction = ?,"
                + " started = ?, run_by = ?", values, "UPDATE " + table));
        if (updated == 0) {
            sink.execute(new BoundSql("INSERT INTO " + table + " (id, revision, direction, started, run_by)"
                    + " VALUES (1, ?, ?, ?, ?)", values, "INSERT INTO " + table));
        }
    }

    /**
     * Clears the record as the run ends: drops the table, so that a database whose runs all finished holds the
     * version table alone (a few milliseconds a run on MariaDB).
     */
    void finished(SqlSink sink) {
        if (this == NONE || !present) {
            return;
        }
        sink.execute(BoundSql.of("DROP TABLE IF EXISTS " + table));
        present = false;
    }

    private String runBy() {
        if (runBy == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "an unknown host";
            }
            runBy = "process " + ProcessHandle.current().pid() + " on " + host;
        }
        return runBy;
    }
}
