package dev.retort.runtime;

import dev.retort.config.ConfigException;
import dev.retort.config.DatabaseUrl;
import dev.retort.config.Redaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Connections from the {@link DataSource} of the environment hook. Its URL is the one the first
 * connection's metadata reports, which tells the dialect; a database retort has no dialect for is an
 * error that says so.
 */
final class HookDataSource implements ConnectionSource {
    private static final String SUBJECT = "the DataSource of the environment hook";
    private final DataSource dataSource;
    private DatabaseUrl url;

    HookDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection open() {
        return connect();
    }

    /** A connection, whose URL is learnt from the first. */
    private Connection connect() {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new ConnectionFailedException(SUBJECT, reason(e), e.getErrorCode());
        } catch (RuntimeException e) {
            // A pool's own failures are unchecked (HikariCP's PoolInitializationException).
            throw new ConnectionFailedException(SUBJECT, "its getConnection() threw " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + Redaction.redact(e.getMessage()).strip()), 0);
        }
        if (connection == null) {
            throw new ConnectionFailedException(SUBJECT, "its getConnection() returned null; a DataSource returns a"
                    + " connection or throws SQLException", 0);
        }
        if (url == null) {
            try {
                url = urlOf(connection);
            } catch (RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
        }
        return connection;
    }

    @Override
    public DatabaseUrl url() {
        if (url == null) {
            closeQuietly(connect());
        }
        return url;
    }

    /**
     * Without the query parameters: a driver may report every property it has, defaults included (pgjdbc's data
     * source, some 1,500 characters), where the URL the user wrote is shown as written.
     */
    @Override
    public String shownUrl() {
        String redacted = url().redacted();
        int query = redacted.indexOf('?');
        return query < 0 ? redacted : redacted.substring(0, query);
    }

    private static DatabaseUrl urlOf(Connection connection) {
        String jdbcUrl;
        try {
            jdbcUrl = connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new ConnectionFailedException(SUBJECT, "its connection does not tell its URL: " + reason(e),
                    e.getErrorCode());
        }
        if (jdbcUrl == null) {
            throw new ConnectionFailedException(SUBJECT, "its connection does not tell its URL, so retort cannot"
                    + " tell which database it is", 0);
        }
        try {
            return DatabaseUrl.parse(jdbcUrl, Path.of("").toAbsolutePath());
        } catch (ConfigException e) {
            throw new ConnectionFailedException(SUBJECT, "it connects to " + Redaction.redact(jdbcUrl)
                    + ", a database retort has no dialect for (SQLite, PostgreSQL, MySQL, MariaDB and H2 are"
                    + " supported)", 0);
        }
    }

    /** The driver's message, with the host it could not resolve or the cause its message leaves out. */
    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Optional<String> why = Connections.unknownHost(e).map(host -> "the host could not be resolved: " + host)
                .or(() -> Optional.ofNullable(e.getCause()).map(Throwable::getMessage)
                        .filter(cause -> !message.contains(cause)));
        return Redaction.redact(why.map(cause -> message.strip() + " (" + cause.strip() + ")").orElse(message))
                .strip();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Only its URL was wanted.
        }
    }
}
