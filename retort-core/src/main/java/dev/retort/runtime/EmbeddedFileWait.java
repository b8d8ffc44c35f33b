package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;

/**
 * Opens an embedded H2 database that another process may have open. H2 lets one process at a time open
 * a database file and refuses the others at once; a migrating run waits for the file instead, up to the
 * lock timeout, so that runs in several processes take turns as they do on the other databases. Inside
 * one process the {@link ProcessLock} does the same.
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
                if (e.vendorCode() != DATABASE_ALREADY_OPEN) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("on the database file of " + url.redacted(),
                            settings.timeout(), "another process has the database open");
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationException("Interrupted while waiting for the migration lock");
            }
        }
    }
}
