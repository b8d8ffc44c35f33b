package dev.retort.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The lock between processes on an H2 database that a server shares ({@code jdbc:h2:tcp:},
 * {@code jdbc:h2:ssl:}, or {@code AUTO_SERVER=TRUE}), where H2 lets every process in: the migrating
 * session puts the database in exclusive mode ({@code SET EXCLUSIVE 1}). H2 then refuses new connections
 * (other runs wait for that, see {@link EmbeddedFileWait}), pauses the statements of sessions already
 * open until the mode ends, and ends it when the session closes, so it never outlives the process. Runs
 * that connected before another took exclusive mode wait for it to end; when several then ask at once, H2
 * refuses all but one, and the others ask again until the lock timeout.
 */
final class H2ExclusiveMode implements MigrationLock {
    /** H2's "The database is open in exclusive mode" (ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE). */
    static final int DATABASE_IS_IN_EXCLUSIVE_MODE = 90135;

    private final Connection connection;

    private H2ExclusiveMode(Connection connection) {
        this.connection = connection;
    }

    /** Whether the H2 database of this JDBC URL may have connections from other processes. */
    static boolean appliesTo(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:") || H2AutoServer.appliesTo(jdbcUrl);
    }

    static MigrationLock acquire(Connection connection, String database, LockSettings settings) throws SQLException {
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try (Statement statement = connection.createStatement()) {
            while (true) {
                try {
                    statement.execute("SET EXCLUSIVE 1");
                    return new H2ExclusiveMode(connection);
                } catch (SQLException e) {
                    if (e.getErrorCode() != DATABASE_IS_IN_EXCLUSIVE_MODE) {
                        throw e;
                    }
                    if (System.nanoTime() >= deadline) {
                        throw new LockTimeoutException("on " + database,
                                settings.timeout(), "another run holds the database in exclusive mode");
                    }
                }
                EmbeddedFileWait.pause();
            }
        }
    }

    @Override
    public void close() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET EXCLUSIVE 0");
        } catch (SQLException e) {
            // Closing the session, which follows, ends exclusive mode as well.
        }
    }
}
