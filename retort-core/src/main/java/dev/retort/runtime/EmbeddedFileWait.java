package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

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
    /** H2's "Error opening database" (ErrorCode.ERROR_OPENING_DATABASE_1). */
    private static final int ERROR_OPENING_DATABASE = 8000;
    private static final List<String> OPENING_RACES = List.of("Lock file recently modified",
            "Another process was faster", "Concurrent update");
    private static final long POLL_MILLIS = 100;

    private EmbeddedFileWait() {}

    /**
     * Opens the database, waiting up to the lock timeout while another process holds it; {@code whileWaiting}
     * is told, once, with the longest wait, when it is still held after {@code notice}.
     */
    static Connection open(DatabaseUrl url, LockSettings settings, Duration notice, Consumer<Duration> whileWaiting) {
        long start = System.nanoTime();
        long deadline = start + settings.timeout().toNanos();
        boolean told = false;
        try {
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
                RunInterruption.waitingForLock(true);
                if (!told && System.nanoTime() - start >= notice.toNanos()) {
                    told = true;
                    whileWaiting.accept(settings.timeout());
                }
                pause();
            }
        } finally {
            RunInterruption.waitingForLock(false);
        }
    }

    private static boolean isWaitedFor(DatabaseUrl url, ConnectionFailedException e) {
        return H2AutoServer.appliesTo(url.jdbcUrl()) ? H2AutoServer.isHandOver(e.vendorCode(), e.getMessage())
                : isBusy(e.vendorCode(), e.getMessage());
    }

    /**
     * Whether H2 refused because another process has the file open, another run holds the database in exclusive
     * mode, or two processes opened the file at the same moment or one opens it as another closes it ("Lock file
     * recently modified", "Another process was faster", "Concurrent update": ErrorCode.ERROR_OPENING_DATABASE_1,
     * which a damaged file also gives, hence the messages).
     */
    static boolean isBusy(int errorCode, String message) {
        return errorCode == DATABASE_ALREADY_OPEN || errorCode == H2ExclusiveMode.DATABASE_IS_IN_EXCLUSIVE_MODE
                || errorCode == ERROR_OPENING_DATABASE
                        && OPENING_RACES.stream().anyMatch(race -> String.valueOf(message).contains(race));
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
