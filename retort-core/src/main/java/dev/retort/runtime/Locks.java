package dev.retort.runtime;

import dev.retort.FileProblems;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockMethod;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** Takes the migration lock the dialect asks for ({@link Dialect#lockMethod()}). */
final class Locks {

    private Locks() {}

    /**
     * Waits for the lock. The database file is the SQLite file, if any; {@code database} names the
     * database for locks inside this process; {@code jdbcUrl} is the URL the connection was opened with
     * (H2's own {@code getURL()} leaves out its settings, {@code AUTO_SERVER=TRUE} among them).
     */
    static MigrationLock acquire(Dialect dialect, Connection connection, Optional<Path> databaseFile,
            String database, String jdbcUrl, LockSettings settings) {
        try {
            return switch (dialect.lockMethod()) {
                case ADVISORY_LOCK -> AdvisoryLock.acquire(connection, settings);
                case NAMED_LOCK -> NamedLock.acquire(connection, settings);
                case FILE_LOCK -> databaseFile.isPresent()
                        ? FileLock.acquire(databaseFile.get(), settings) : MigrationLock.NONE;
                case PROCESS_LOCK -> processLock(connection, database, jdbcUrl, settings);
            };
        } catch (SQLException e) {
            throw new MigrationException("Can't take the migration lock: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrationException("Can't take the migration lock file: " + FileProblems.describe(e), e);
        }
    }

    /**
     * Whether a run holds the lock now, where a command that does not lock can ask (MySQL, MariaDB): a record of a
     * revision in progress is then that run's, not one left behind. False where it cannot be told.
     */
    static boolean isHeld(Dialect dialect, Connection connection, LockSettings settings) {
        try {
            return dialect.lockMethod() == LockMethod.NAMED_LOCK && NamedLock.isHeld(connection, settings);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The lock inside this process, and exclusive mode when a server shares the database with others. */
    private static MigrationLock processLock(Connection connection, String database, String jdbcUrl,
            LockSettings settings) throws SQLException {
        MigrationLock inProcess = ProcessLock.acquire(database, settings);
        if (!H2ExclusiveMode.appliesTo(jdbcUrl) && !H2ExclusiveMode.appliesTo(connection.getMetaData().getURL())) {
            return inProcess;
        }
        try {
            MigrationLock exclusive = H2ExclusiveMode.acquire(connection, database, settings);
            return () -> {
                exclusive.close();
                inProcess.close();
            };
        } catch (SQLException | RuntimeException e) {
            inProcess.close();
            throw e;
        }
    }
}
