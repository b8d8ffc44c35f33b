package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.retort.command.MigrationCommands;
import dev.retort.command.RunResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that cannot get the migration lock gives up after {@code lock_timeout} seconds and says who
 * holds it and which key raises the wait; the lock is free again once a run ends.
 */
class MigrationLockTest {
    private static final String ONE_SECOND = "lock_timeout = 1\n";

    @TempDir
    Path dir;

    private MigrationCommands commands(TestDatabase database) {
        SampleEnvironment env = SampleEnvironment.create(dir, database.url(), ONE_SECOND)
                .forMySql(database.kind().equals("mariadb"));
        return new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT);
    }

    @Test
    void postgresqlNamesTheServerProcessHoldingTheAdvisoryLock() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir);
                Connection holder = database.connect()) {
            MigrationCommands commands = commands(database);
            long pid;
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
                lock.setLong(1, AdvisoryLock.keyOf("alembic_version"));
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    pid = result.getLong(2);
                }
            }
            LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                    () -> commands.upgrade("heads", Optional.empty()));
            assertThat(timeout.getMessage())
                    .startsWith("Timed out after 1s waiting for the migration lock pg_advisory_lock(")
                    .contains("server process pid " + pid + ", application 'retort'")
                    .contains("raise 'lock_timeout'");
            assertThat(database.tables()).doesNotContain("alembic_version");

            holder.createStatement().execute("SELECT pg_advisory_unlock_all()");
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
            assertThat(commands.downgrade("base", Optional.empty()).steps()).hasSize(7);
        }
    }

    @Test
    void mariadbNamesTheConnectionHoldingTheNamedLock() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir);
                Connection holder = database.connect()) {
            MigrationCommands commands = commands(database);
            long id;
            try (PreparedStatement lock = holder.prepareStatement("SELECT GET_LOCK(?, 0), CONNECTION_ID()")) {
                lock.setString(1, NamedLock.lockName(holder.getCatalog(), "alembic_version"));
                try (ResultSet result = lock.executeQuery()) {
                    result.next();
                    assertThat(result.getInt(1)).isEqualTo(1);
                    id = result.getLong(2);
                }
            }
            LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                    () -> commands.upgrade("heads", Optional.empty()));
            assertThat(timeout.getMessage()).contains("GET_LOCK('retort:" + holder.getCatalog() + ".alembic_version')")
                    .contains("connection id " + id + ", user root").contains("raise 'lock_timeout'");

            holder.createStatement().execute("SELECT RELEASE_ALL_LOCKS()");
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
        }
    }

    /** A fraction of a second is waited and told as written, by the server's lock as by the polled one. */
    @Test
    void aFractionalLockTimeoutIsWaitedAndToldAsWritten() throws Exception {
        for (String kind : List.of("mariadb", "postgresql")) {
            try (TestDatabase database = TestDatabase.create(kind, dir.resolve(kind));
                    Connection holder = database.connect()) {
                String lock = kind.equals("mariadb")
                        ? "SELECT GET_LOCK('" + NamedLock.lockName(holder.getCatalog(), "alembic_version") + "', 0)"
                        : "SELECT pg_advisory_lock(" + AdvisoryLock.keyOf("alembic_version") + ")";
                holder.createStatement().executeQuery(lock).close();
                SampleEnvironment env = SampleEnvironment.create(dir.resolve(kind), database.url(),
                        "lock_timeout = 1.5\n").forMySql(kind.equals("mariadb"));
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);

                LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                        () -> commands.upgrade("heads", Optional.empty()));

                assertThat(timeout.waited()).isEqualTo(Duration.ofMillis(1500));
                assertThat(timeout.getMessage()).as(kind).startsWith("Timed out after 1.5s waiting for the migration");
            }
        }
    }

    /** MariaDB's GET_LOCK waits the fraction too, not the whole seconds in it (none, for half a second). */
    @Test
    void mariadbWaitsAFractionOfASecond() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir);
                Connection holder = database.connect();
                Connection waiter = database.connect()) {
            holder.createStatement().executeQuery("SELECT GET_LOCK('"
                    + NamedLock.lockName(holder.getCatalog(), "alembic_version") + "', 0)").close();

            long start = System.nanoTime();
            catchThrowableOfType(LockTimeoutException.class, () -> NamedLock.acquire(waiter,
                    new LockSettings(Duration.ofMillis(600), "alembic_version")));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(550));
        }
    }

    @Test
    void sqliteNamesTheProcessHoldingTheLockFile() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database);
            Path file = dir.resolve("test.db");
            try (FileLock held = FileLock.acquire(file, new LockSettings(Duration.ofSeconds(1), "alembic_version"))) {
                LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                        () -> commands.upgrade("heads", Optional.empty()));
                assertThat(timeout.getMessage()).contains("test.db-retort-lock")
                        .contains("process " + ProcessHandle.current().pid() + " on ");
            }
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
        }
    }

    /** Another run's write lock on the file does not make the read before the lock wait SQLite's minute. */
    @Test
    void sqliteWaitsForTheLockAsLockTimeoutSaysWhileAnotherRunHoldsTheFile() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database);
            commands.upgrade("1975ea83b712", Optional.empty());
            Path file = dir.resolve("test.db");
            try (FileLock held = FileLock.acquire(file, new LockSettings(Duration.ofSeconds(1), "alembic_version"));
                    Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                writer.createStatement().execute("BEGIN EXCLUSIVE");
                LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                        () -> commands.upgrade("heads", Optional.empty()));
                assertThat(timeout.getMessage()).contains("test.db-retort-lock");
                writer.createStatement().execute("ROLLBACK");
            }
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(6);
        }
    }

    /** An application's write lock on the file is waited for as long as lock_timeout says, not SQLite's minute. */
    @Test
    void sqliteWaitsForAnApplicationsWriteLockAsLockTimeoutSays() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database);
            commands.upgrade("1975ea83b712", Optional.empty());
            Path file = dir.resolve("test.db");
            try (Connection application = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                application.createStatement().execute("BEGIN EXCLUSIVE");
                DatabaseError busy = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> catchThrowableOfType(DatabaseError.class, () -> commands.upgrade("heads", Optional.empty())),
                        "lock_timeout is 1 s; SQLite's own wait is a minute");
                assertThat(busy.getMessage()).contains("SQLITE_BUSY").contains("'lock_timeout'");
                application.createStatement().execute("ROLLBACK");
            }
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(6);
        }
    }

    /** The lock is the file's, whatever name the URL reaches it by. */
    @Test
    void sqliteThroughASymbolicLinkWaitsForTheLockOfTheFileItself() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            Path file = dir.resolve("test.db");
            commands(database).upgrade("1975ea83b712", Optional.empty());
            Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("link.db"), file);
            SampleEnvironment env = SampleEnvironment.create(dir.resolve("through-link"), "sqlite:///" + link,
                    ONE_SECOND);
            MigrationCommands throughLink = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            try (FileLock held = FileLock.acquire(file, new LockSettings(Duration.ofSeconds(1), "alembic_version"))) {
                assertThat(catchThrowableOfType(LockTimeoutException.class,
                        () -> throughLink.upgrade("heads", Optional.empty())).getMessage())
                        .contains(file + "-retort-lock");
            }
        }
    }

    @Test
    void upgradeAlreadyAtTheTargetNeitherWaitsForTheLockNorLoadsRevisions() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), ONE_SECOND);
            new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT)
                    .upgrade("heads", Optional.empty());
            MigrationLoader refusing = scripts -> {
                throw new AssertionError("loaded revisions " + scripts);
            };
            MigrationCommands commands = new MigrationCommands(env.catalog(), refusing, MigrationListener.SILENT);
            try (FileLock held = FileLock.acquire(dir.resolve("test.db"),
                    new LockSettings(Duration.ofSeconds(1), "alembic_version"))) {
                RunResult result = commands.upgrade("heads", Optional.empty());
                assertThat(result.steps()).isEmpty();
                assertThat(result.rowsAfter()).containsExactlyInAnyOrderElementsOf(result.rowsBefore()).hasSize(2);
                assertThat(catchThrowableOfType(LockTimeoutException.class,
                        () -> commands.downgrade("-1", Optional.empty()))).isNotNull();
            }
        }
    }

    @Test
    void h2RunsInOneProcessTakeTurns() throws Exception {
        try (TestDatabase database = TestDatabase.create("h2", dir)) {
            MigrationCommands commands = commands(database);
            LockSettings settings = new LockSettings(Duration.ofSeconds(1), "alembic_version");
            String redacted = dev.retort.config.DatabaseUrl.parse(database.url(), dir).redacted();
            try (ProcessLock held = ProcessLock.acquire(redacted, settings)) {
                LockTimeoutException timeout = catchThrowableOfType(LockTimeoutException.class,
                        () -> commands.upgrade("heads", Optional.empty()));
                assertThat(timeout.getMessage()).contains("thread '" + Thread.currentThread().getName() + "'");
            }
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
        }
    }

    /** H2 refuses DB_CLOSE_ON_EXIT=FALSE, which retort sets on the files it opens, with AUTO_SERVER=TRUE. */
    @Test
    void h2SharedThroughAutoServerMigratesUpAndDown() {
        String url = "h2:file:" + dir.toAbsolutePath().resolve("shared") + ";AUTO_SERVER=TRUE";
        SampleEnvironment env = SampleEnvironment.create(dir, url, ONE_SECOND);
        MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                MigrationListener.SILENT);

        assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
        assertThat(commands.current().rows()).hasSize(2);
        assertThat(commands.downgrade("base", Optional.empty()).steps()).hasSize(7);
        assertThat(commands.current().rows()).isEmpty();
    }

    @Test
    void h2ServerRunsConnectedBeforeAnotherTookExclusiveModeTakeTurnsAfterIt() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        String url = "jdbc:h2:tcp://localhost:" + server.getPort() + "/shared";
        LockSettings settings = new LockSettings(Duration.ofSeconds(30), "alembic_version");
        ExecutorService runs = Executors.newFixedThreadPool(2);
        try (Connection holder = DriverManager.getConnection(url, "sa", "");
                Connection first = DriverManager.getConnection(url, "sa", "");
                Connection second = DriverManager.getConnection(url, "sa", "")) {
            MigrationLock held = H2ExclusiveMode.acquire(holder, "shared", settings);
            List<Future<String>> waiting = new ArrayList<>();
            for (Connection waiter : List.of(first, second)) {
                waiting.add(runs.submit(() -> {
                    try (MigrationLock taken = H2ExclusiveMode.acquire(waiter, "shared", settings)) {
                        Thread.sleep(200);
                        return "took the lock";
                    }
                }));
            }
            Thread.sleep(300);
            assertThat(waiting).noneMatch(Future::isDone);
            held.close();
            for (Future<String> run : waiting) {
                assertThat(run.get(20, TimeUnit.SECONDS)).isEqualTo("took the lock");
            }
        } finally {
            runs.shutdownNow();
            server.stop();
        }
    }

    @Test
    void nonTransactionalSectionRunsOutsideTheRunsTransaction() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), ONE_SECOND);
            env.write("migrations/versions/eeee00000001_concurrently.sql", "-- index concurrently\n--\n"
                    + "-- Revision ID: eeee00000001\n-- Revises: 5a3c2d1e0f9b\n-- Create Date: 2026-11-22 10:00:00\n\n"
                    + "-- retort:upgrade transaction=false\n"
                    + "CREATE INDEX CONCURRENTLY ix_settings_value ON settings (setting_value);\n\n"
                    + "-- retort:downgrade transaction=false\nDROP INDEX CONCURRENTLY ix_settings_value;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("heads", Optional.empty());
            assertThat(database.indexes("settings")).contains("ix_settings_value");
            assertThat(database.versionRows("alembic_version")).containsExactly("7d8c9b0a1e2f", "eeee00000001");
            commands.downgrade("5a3c2d1e0f9b", Optional.empty());
            assertThat(database.indexes("settings")).doesNotContain("ix_settings_value");
        }
    }
}
