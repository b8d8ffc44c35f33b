package dev.retort.runtime;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
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

    private static final String CHECK_INTERVAL = "client_connection_check_interval";

    private final Connection connection;
    private final long key;
    /** The session's client check interval before the lock changed it, given back as the lock is released. */
    private final Optional<String> checkIntervalBefore;

    private AdvisoryLock(Connection connection, long key, Optional<String> checkIntervalBefore) {
        this.connection = connection;
        this.key = key;
        this.checkIntervalBefore = checkIntervalBefore;
    }

    static long keyOf(String lockKey) {
        CRC32 crc = new CRC32();
        crc.update(lockKey.getBytes(StandardCharsets.UTF_8));
        return (NAMESPACE << 32) | crc.getValue();
    }

    static AdvisoryLock acquire(Connection connection, LockSettings settings) throws SQLException {
        Optional<String> checkIntervalBefore = endSessionWithItsClient(connection);
        try {
            long key = keyOf(settings.lockKey());
            long deadline = System.nanoTime() + settings.timeout().toNanos();
            while (true) {
                if (tryLock(connection, key)) {
                    return new AdvisoryLock(connection, key, checkIntervalBefore);
                }
                if (System.nanoTime() >= deadline) {
                    throw new LockTimeoutException("pg_advisory_lock(" + key + ") for " + settings.lockKey(),
                            settings.timeout(), holder(connection, key));
                }
                sleep();
            }
        } catch (SQLException | RuntimeException e) {
            restoreCheckInterval(connection, checkIntervalBefore);
            throw e;
        }
    }

    /**
     * A client killed while the server runs its statement would leave the session, and the lock with it, until
     * the statement ends. From PostgreSQL 14 the server can look for its client during a statement and end the
     * session when the client is gone; this asks it to, every second. Returns the session's interval before, for
     * a connection the application lent to get back as it was; empty before PostgreSQL 14.
     */
    private static Optional<String> endSessionWithItsClient(Connection connection) throws SQLException {
        if (connection.getMetaData().getDatabaseMajorVersion() < 14) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement("WITH before AS MATERIALIZED"
                + " (SELECT current_setting('" + CHECK_INTERVAL + "') AS value)"
                + " SELECT value, set_config('" + CHECK_INTERVAL + "', '1000', false) FROM before");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return Optional.of(result.getString(1));
        }
    }

    private static void restoreCheckInterval(Connection connection, Optional<String> before) {
        if (before.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('" + CHECK_INTERVAL + "', ?, false)")) {
            statement.setString(1, before.get());
            statement.executeQuery().close();
        } catch (SQLException e) {
            // A connection retort opened is about to close; one the application lent keeps the shorter interval.
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
        restoreCheckInterval(connection, checkIntervalBefore);
    }
}
