package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Redaction;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.dialect.LockMethod;
import dev.retort.revision.RevisionGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One connection to the database a command works on, with the migration lock when the command
 * migrates. A run reads the version rows again once it holds the lock, so the rows it starts from are the
 * ones no other run is changing; closing releases the lock and then the connection. On an H2 database shared
 * through {@code AUTO_SERVER=TRUE}, the session connects again when the process serving the database ends
 * before the lock is held, and closes the database for every process when it serves it ({@link H2AutoServer}).
 */
public final class DatabaseSession implements AutoCloseable {
    private final DatabaseUrl url;
    private final Dialect dialect;
    private final VersionTable versionTable;
    /** How long a run waits for the lock before it says that it waits. */
    private static final Duration WAIT_NOTICE = Duration.ofSeconds(1);
    /** How long a read before the lock waits for another connection's write lock on SQLite. */
    private static final int SQLITE_READ_WAIT_MILLIS = 1_000;

    private final RunProgress progress;
    private final LockSettings lockSettings;
    private final boolean autoServer;
    /** Whether the connection is the application's, from the hook's data source, to give back as it came. */
    private final boolean lent;
    /** SQLite's busy timeout before the session set its own, for a lent connection to get back. */
    private Optional<Integer> sqliteBusyTimeoutBefore = Optional.empty();
    /** Whether a lent connection came in autocommit mode, which the session works in and gives it back in. */
    private boolean autoCommitBefore = true;
    private Connection connection;
    private JdbcSink sink;
    private MigrationLock lock = MigrationLock.NONE;
    private boolean lockFailed;

    private DatabaseSession(DatabaseUrl url, Dialect dialect, Connection connection, VersionTable versionTable,
            LockSettings lockSettings, boolean autoServer, boolean lent) {
        this.url = url;
        this.dialect = dialect;
        this.connection = connection;
        this.sink = new JdbcSink(connection);
        this.versionTable = versionTable;
        this.progress = RunProgress.beside(versionTable, dialect);
        this.lockSettings = lockSettings;
        this.autoServer = autoServer;
        this.lent = lent;
    }

    /** Connects and waits for the migration lock: for commands that change the database. */
    public static DatabaseSession openLocked(ConnectionSource source, String versionTable,
            Optional<String> versionTableSchema, java.util.Map<String, Object> settings) {
        DatabaseSession session = open(source, versionTable, versionTableSchema, settings);
        try {
            session.lock();
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Connects, without locking: an embedded database file that another process has open (H2, which lets one
     * process at a time open it, and which a migrating run holds for its whole run) is waited for, up to the
     * lock timeout, instead of refused. A data source of the environment hook is the application's to manage
     * and is used as it is; the session settings retort changes on its connection are given back on close.
     */
    public static DatabaseSession open(ConnectionSource source, String versionTable,
            Optional<String> versionTableSchema, java.util.Map<String, Object> settings) {
        return open(source, versionTable, versionTableSchema, settings, timeout -> { });
    }

    /**
     * {@link #open(ConnectionSource, String, Optional, java.util.Map)}, telling {@code whileWaiting}, once, with
     * the longest wait, when a database file another process holds is still held after a second.
     */
    public static DatabaseSession open(ConnectionSource source, String versionTable,
            Optional<String> versionTableSchema, java.util.Map<String, Object> settings,
            Consumer<Duration> whileWaiting) {
        LockSettings lockSettings = lockSettings(settings, versionTable, versionTableSchema);
        boolean waitsForFile = source instanceof ConfiguredUrl configured
                && Dialects.named(configured.url().dialect()).lockMethod() == LockMethod.PROCESS_LOCK;
        DatabaseUrl url = source.url();
        Connection connection = waitsForFile ? EmbeddedFileWait.open(url, lockSettings, WAIT_NOTICE, whileWaiting)
                : source.open();
        Dialect dialect = Dialects.named(servedDialect(url, connection)).forSession(connection);
        DatabaseSession session = new DatabaseSession(url, dialect, connection, new VersionTable(dialect,
                versionTable, versionTableSchema), lockSettings, waitsForFile && H2AutoServer.appliesTo(url.jdbcUrl()),
                source instanceof HookDataSource);
        if (session.lent) {
            session.takeOutOfTransaction();
        }
        if (url.dialect().equals("sqlite")) {
            try {
                if (session.lent) {
                    session.sqliteBusyTimeoutBefore = Optional.of(session.sqliteBusyTimeout());
                }
                // Another writer's lock on the file (an application's, or another run's) is waited for as long as
                // the migration lock is.
                session.sqliteBusyTimeout(session.sqliteBusyWait());
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
        }
        return session;
    }

    /**
     * The URL's dialect, except that a {@code mysql://} URL served by MariaDB speaks MariaDB's SQL (which
     * differs in places, such as dropping a check constraint), as SQLAlchemy's MySQL dialect does.
     */
    private static String servedDialect(DatabaseUrl url, Connection connection) {
        if (!url.dialect().equals("mysql")) {
            return url.dialect();
        }
        try {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB") ? "mariadb" : "mysql";
        } catch (SQLException e) {
            return "mysql";
        }
    }

    /** Waits for the migration lock, unless this session holds it already. */
    public void lock() {
        lock(timeout -> { });
    }

    /**
     * Waits for the migration lock, unless this session holds it already; {@code whileWaiting} is told, once,
     * with the longest wait, when another run still holds the lock after a second.
     */
    public void lock(Consumer<Duration> whileWaiting) {
        if (lock != MigrationLock.NONE) {
            return;
        }
        AtomicBoolean settled = new AtomicBoolean();
        CompletableFuture.delayedExecutor(WAIT_NOTICE.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (!settled.getAndSet(true)) {
                whileWaiting.accept(lockSettings.timeout());
            }
        });
        RunInterruption.waitingForLock(true);
        try {
            lock = beforeLock(() -> Locks.acquire(dialect, connection, sqliteFile(url), url.redacted(),
                    url.jdbcUrl(), lockSettings));
        } catch (RuntimeException e) {
            lockFailed = true;
            throw e;
        } finally {
            settled.set(true);
            RunInterruption.waitingForLock(false);
        }
    }

    /** Whether another session holds the migration lock, where that can be told without waiting for it. */
    public boolean lockHeldElsewhere() {
        return lock == MigrationLock.NONE && Locks.isHeld(dialect, connection, lockSettings);
    }

    /**
     * Reads before the lock is held. Where the process serving an {@code AUTO_SERVER} database ended meanwhile,
     * connects again and reads again, up to the lock timeout.
     */
    private <T> T beforeLock(java.util.function.Supplier<T> read) {
        long deadline = System.nanoTime() + lockSettings.timeout().toNanos();
        while (true) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                if (!autoServer || lock != MigrationLock.NONE || !H2AutoServer.serverWentAway(e)
                        || System.nanoTime() >= deadline) {
                    throw e;
                }
            }
            reconnect();
        }
    }

    private void reconnect() {
        closeConnection();
        EmbeddedFileWait.pause();
        connection = EmbeddedFileWait.open(url, lockSettings, WAIT_NOTICE, timeout -> { });
        sink = new JdbcSink(connection);
    }

    private static LockSettings lockSettings(java.util.Map<String, Object> settings, String versionTable,
            Optional<String> versionTableSchema) {
        return LockSettings.from(settings, versionTableSchema.map(schema -> schema + ".").orElse("") + versionTable);
    }

    public DatabaseUrl url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    public Connection connection() {
        return connection;
    }

    public JdbcSink sink() {
        return sink;
    }

    public VersionTable versionTable() {
        return versionTable;
    }

    /** The record of the revision a run is in the middle of, where the database needs one. */
    public RunProgress progress() {
        return progress;
    }

    /** The version rows; none when the table does not exist (it is not created). */
    public List<String> rows() {
        return beforeLock(() -> versionTable.rows(connection));
    }

    /** The revision a run left unfinished, if the record of one is left ({@link RunProgress#unfinished}). */
    public Optional<UnfinishedRevision> unfinished(RevisionGraph graph, List<String> rows) {
        return beforeLock(() -> progress.unfinished(connection, graph, rows));
    }

    /** The rows as they are now, or empty when even that fails; for messages after a failure. */
    public Optional<List<String>> rowsIfReadable() {
        try {
            return Optional.of(rows());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Creates the version table unless it exists; true when it was created. */
    public boolean ensureVersionTable() {
        return versionTable.createIfMissing(connection, sink);
    }

    /** The file of a SQLite database, none for memory databases and other dialects. */
    static Optional<Path> sqliteFile(DatabaseUrl url) {
        String prefix = "jdbc:sqlite:";
        if (!url.dialect().equals("sqlite") || !url.jdbcUrl().startsWith(prefix)) {
            return Optional.empty();
        }
        String file = url.jdbcUrl().substring(prefix.length());
        int query = file.indexOf('?');
        file = query < 0 ? file : file.substring(0, query);
        if (file.startsWith("file:")) {
            file = file.substring("file:".length());
        }
        if (file.isEmpty() || file.contains(":memory:") || file.contains("mode=memory")) {
            return Optional.empty();
        }
        Path path = Path.of(file).toAbsolutePath();
        // Reached through a symbolic link, the file has another name: its lock goes beside the file itself.
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.of(path);
        }
    }

    /**
     * The rows as a run reads them before it takes the lock, or empty where another run's writes keep them from
     * being read at once (SQLite, where a read waits for a writer's lock): the run then takes the lock, which
     * waits as {@code lock_timeout} says and names who holds it, and reads them there.
     */
    public Optional<List<String>> rowsUnlessBusy() {
        if (!url.dialect().equals("sqlite")) {
            return Optional.of(rows());
        }
        sqliteBusyTimeout(SQLITE_READ_WAIT_MILLIS);
        try {
            return Optional.of(rows());
        } catch (RuntimeException e) {
            if (DatabaseError.isSqliteBusy(e)) {
                return Optional.empty();
            }
            throw e;
        } finally {
            sqliteBusyTimeout(sqliteBusyWait());
        }
    }

    /** How long SQLite waits for another connection's write lock: {@code lock_timeout}. */
    private int sqliteBusyWait() {
        return (int) Math.min(Integer.MAX_VALUE, lockSettings.timeout().toMillis());
    }

    /**
     * Puts a lent connection in autocommit mode, which retort works from (as Flyway does with a data source's
     * connection): a pool that hands out connections outside autocommit holds no work in them, and work the
     * application left uncommitted in a connection it hands over is committed here.
     */
    private void takeOutOfTransaction() {
        try {
            autoCommitBefore = connection.getAutoCommit();
            if (!autoCommitBefore) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            close();
            throw new ConnectionFailedException("the DataSource of the environment hook", "its connection cannot be"
                    + " put in autocommit mode: " + Redaction.redact(String.valueOf(e.getMessage())).strip(), e.getErrorCode());
        }
    }

    private int sqliteBusyTimeout() {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA busy_timeout")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("PRAGMA busy_timeout"), e);
        }
    }

    private void sqliteBusyTimeout(int millis) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = " + millis);
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("PRAGMA busy_timeout = " + millis), e);
        }
    }

    @Override
    public void close() {
        if (autoServer) {
            closeServedDatabase();
        }
        lock.close();
        if (lent) {
            giveBack();
        }
        closeConnection();
    }

    /**
     * Puts back what the session changed on the application's connection: autocommit, as it was handed over (a
     * transaction left open is retort's own and rolled back), and SQLite's busy timeout. The lock puts back its
     * own settings as it is released.
     */
    private void giveBack() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(autoCommitBefore);
        } catch (SQLException e) {
            // A connection that cannot say or change it is broken, and no use to the application either.
        }
        sqliteBusyTimeoutBefore.ifPresent(millis -> {
            try {
                sqliteBusyTimeout(millis);
            } catch (DatabaseError e) {
                // As above.
            }
        });
    }

    /**
     * Where this process serves the database to others and closing this session would close it, closes it for all
     * of them while holding the lock (waiting for it if need be): otherwise it would close as the process ends,
     * under another process's run.
     */
    private void closeServedDatabase() {
        try {
            if (!lockFailed && H2AutoServer.closesWithThisSession(connection)) {
                lock();
                H2AutoServer.shutDown(connection);
            }
        } catch (SQLException | RuntimeException e) {
            // The database closes as the process ends, as H2 does by itself.
        }
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing is left to do with a connection that will not close.
        }
    }
}
