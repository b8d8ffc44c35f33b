package dev.retort.runtime;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.zip.CRC32;

/**
 * PostgreSQL: a session-level advisory lock ({@code pg_try_advisory_lock}) polled until the wait runs
 * out. Being session-level, it is outside every transaction (so {@code CREATE INDEX CONCURRENTLY} cannot
 * deadlock on it) and ends with the connection, which the server ends when the client dies, even during a
 * statement.
 */
final class AdvisoryLock implements MigrationLock {
    private static final long POLL_MILLIS = 100;
    private static final long NAMESPACE = 0x7265746fL; // "reto"

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static long keyOf(String lockKey) {
        CRC32 crc = new CRC32();
        crc.update(lockKey.getBytes(StandardCharsets.UTF_8));
        return (NAMESPACE << 32) | crc.getValue();
    }

    static AdvisoryLock acquire(Connection connection, LockSettings settings) throws SQLException {
        endSessionWithItsClient(connection);
        long key = keyOf(settings.lockKey());
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        while (true) {
            if (tryLock(connection, key)) {
                return new AdvisoryLock(connection, key);
            }
            if (System.nanoTime() >= deadline) {
                throw new LockTimeoutException("pg_advisory_lock(" + key + ") for " + settings.lockKey(),
                        settings.timeout(), holder(connection, key));
            }
            sleep();
        }
    }

    /**
     * A client killed while the server runs its statement would leave the session, and the lock with it, until
     * the statement ends. From PostgreSQL 14 the server can look for its client during a statement and end the
     * session when the client is gone; this asks it to, every second.
     */
    private static void endSessionWithItsClient(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('client_connection_check_interval', '1000', false)")) {
            statement.executeQuery().close();
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static String holder(Connection connection, long key) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
                + " AND l.classid = ? AND l.objid = ? AND l.objsubid = 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffffffffL);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return "it was released just now";
                }
                String client = result.getString(3);
                return "server process pid " + result.getInt(1) + ", application '" + result.getString(2) + "'"
                        + (client == null ? ", local connection" : ", client " + client)
                        + ", connected since " + result.getString(4);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
    }

    @Override
    public void close() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key);
            statement.executeQuery().close();
        } catch (SQLException e) {
            // The lock ends with the session, which is about to close.
        }
    }
}
