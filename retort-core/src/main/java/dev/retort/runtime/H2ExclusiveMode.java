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
 * open until the mode ends, and ends it when the session closes, so it never outlives the process.
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
        return url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:") || url.contains(";auto_server=true");
    }

    static MigrationLock acquire(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET EXCLUSIVE 1");
        }
        return new H2ExclusiveMode(connection);
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
