package dev.retort.runtime;

import dev.retort.config.Seconds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * MySQL and MariaDB: a named server lock, {@code GET_LOCK(name, seconds)}, held by the session and
 * released with {@code RELEASE_LOCK} or when the connection ends. The name includes the database, as
 * lock names are server-wide.
 */
final class NamedLock implements MigrationLock {
    private final Connection connection;
    private final String name;

    private NamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static NamedLock acquire(Connection connection, LockSettings settings) throws SQLException {
        String name = lockName(connection.getCatalog(), settings.lockKey());
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            statement.setString(1, name);
            // In seconds to the millisecond, as the other databases wait: MariaDB takes the fraction (MDEV-4018).
            statement.setBigDecimal(2, Seconds.decimal(settings.timeout()).max(BigDecimal.ZERO));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getInt(1) == 1) {
                    return new NamedLock(connection, name);
                }
            }
        }
        throw new LockTimeoutException("GET_LOCK('" + name + "')", settings.timeout(), holder(connection, name));
    }

    /** Whether a session holds the lock a run on this database takes. */
    static boolean isHeld(Connection connection, LockSettings settings) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            statement.setString(1, lockName(connection.getCatalog(), settings.lockKey()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                result.getLong(1);
                return !result.wasNull();
            }
        }
    }

    static String lockName(String database, String lockKey) {
        String name = "retort:" + (database == null ? "" : database + ".") + lockKey;
        if (name.length() <= 64) {
            return name;
        }
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return name.substring(0, 55) + "~" + HexFormat.of().toHexDigits((int) crc.getValue());
    }

    private static String holder(Connection connection, String name) throws SQLException {
        String sql = "SELECT IS_USED_LOCK(?), p.USER, p.HOST FROM (SELECT 1) x LEFT JOIN"
                + " information_schema.PROCESSLIST p ON p.ID = IS_USED_LOCK(?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            statement.setString(2, name);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                long id = result.getLong(1);
                if (result.wasNull()) {
                    return "it was released just now";
                }
                String user = result.getString(2);
                return "connection id " + id + (user == null ? "" : ", user " + user + " from " + result.getString(3));
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, name);
            statement.executeQuery().close();
        } catch (SQLException e) {
            // The lock ends with the session, which is about to close.
        }
    }
}
