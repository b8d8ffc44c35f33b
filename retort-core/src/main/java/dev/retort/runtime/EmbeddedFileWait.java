package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;

/**
 * Opens an H2 database that another process may hold. H2 lets one process at a time open a database
 * file, and a server refuses connections while another run holds the database in exclusive mode
 * ({@link H2ExclusiveMode}); either way H2 refuses at once, and a migrating run waits instead, up to the
 * lock timeout, so that runs in several processes take turns as they do on the other databases. Inside
 * one process the {@link ProcessLock} does the same. With {@code AUTO_SERVER=TRUE} it also waits out one process
 * closing the database as another takes over serving it ({@link H2AutoServer}).
 */
final class EmbeddedFileWait {
    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    static final int DATABASE_ALREADY_OPEN = 90020;
    private static final long POLL_MILLIS = 100;

    private EmbeddedFileWait() {}

    static Connection open(DatabaseUrl url, LockSettings settings) {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        while (true) {
            try {
                return Connections.open(url);
            } catch (ConnectionFailedException e) {
                if (!isWaitedFor(url, e)) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("on the database file of " + url.redacted(),
                            settings.timeout(), e.vendorCode() == DATABASE_ALREADY_OPEN
                                    ? "another process has the database open"
                                    : "another run holds the database in exclusive mode");
                }
            }
            pause();
        }
    }

    private static boolean isWaitedFor(DatabaseUrl url, ConnectionFailedException e) {
        return e.vendorCode() == DATABASE_ALREADY_OPEN
                || e.vendorCode() == H2ExclusiveMode.DATABASE_IS_IN_EXCLUSIVE_MODE
                || H2AutoServer.isOpeningRace(e.vendorCode(), e.getMessage())
                || H2AutoServer.appliesTo(url.jdbcUrl()) && H2AutoServer.isHandOver(e.vendorCode(), e.getMessage());
    }

    /** Waits a moment before asking again. */
    static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
    }
}
