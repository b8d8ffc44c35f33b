package dev.retort.runtime;

import dev.retort.config.DatabaseUrl;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens JDBC connections from a {@link DatabaseUrl}. The user and password travel as driver properties;
 * a failure names the URL without its password and never repeats the password the driver may echo.
 * A SQLite file that does not exist is created, as SQLAlchemy does; other databases must exist.
 */
public final class Connections {
    /** How long SQLite waits for another connection's write lock before reporting it busy. */
    static final int SQLITE_BUSY_TIMEOUT_MILLIS = 60_000;
    /**
     * MariaDB Connector/J always asks for the client flag IGNORE_SPACE, which puts IGNORE_SPACE in the
     * session's sql_mode: built-in function names such as {@code position}, {@code count} or {@code now}
     * then become reserved words and {@code CREATE TABLE position (...)} a syntax error, though the mariadb
     * client runs it. The driver sends this with the session variables it sets after connecting, in the same
     * statement, so it costs no round trip; triggers and procedures then keep the server's sql_mode.
     */
    private static final String WITHOUT_IGNORE_SPACE = "sql_mode=REPLACE(@@sql_mode,'IGNORE_SPACE','')";
    /**
     * MariaDB Connector/J asks the server to report changes of the character set variables and closes the
     * connection when a statement sets one to anything but UTF-8, as the {@code SET NAMES latin1} or
     * {@code SET character_set_client = latin1} that mysqldump writes around every trigger, routine and view
     * created over a latin1 connection. The mariadb client runs those, sending the script's bytes as they are;
     * so retort leaves the character sets out of the variables reported, and the driver goes on sending UTF-8,
     * as the client sends a UTF-8 script. Set after the driver's own list, in the same statement.
     */
    private static final String UNTRACKED_CHARACTER_SETS = "session_track_system_variables='autocommit,time_zone'";


    private static final int LOGIN_TIMEOUT_SECONDS = 30;

    private Connections() {}

    public static Connection open(DatabaseUrl url) {
        Properties properties = new Properties();
        url.user().ifPresent(user -> properties.setProperty("user", user));
        url.password().ifPresent(password -> properties.setProperty("password", password));
        switch (url.dialect()) {
            case "postgresql" -> {
                properties.setProperty("ApplicationName", "retort");
                // Sends the application name with the start-up message instead of a SET after it (the
                // driver assumes PostgreSQL 8.2 otherwise); a URL that names a version keeps its own.
                properties.setProperty("assumeMinServerVersion", "9.0");
                // A server that accepts the connection and never answers is given up on, as MariaDB's driver
                // does by itself (pgjdbc would wait for ever); a URL that sets its own keeps it.
                if (!url.jdbcUrl().contains("loginTimeout=")) {
                    properties.setProperty("loginTimeout", Integer.toString(LOGIN_TIMEOUT_SECONDS));
                }
            }
            case "sqlite" -> properties.setProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MILLIS));
            case "h2" -> {
                // H2 closes an embedded database as the JVM shuts down, under a run that was interrupted and is
                // finishing its revision (RunInterruption); retort closes its connections itself.
                if (isEmbeddedH2(url.jdbcUrl())) {
                    properties.setProperty("DB_CLOSE_ON_EXIT", "FALSE");
                }
            }
            default -> { }
        }
        String jdbcUrl = jdbcUrlWithDriver(url.jdbcUrl());
        if (jdbcUrl.startsWith("jdbc:mariadb:")) {
            properties.setProperty("sessionVariables", WITHOUT_IGNORE_SPACE + "," + UNTRACKED_CHARACTER_SETS);
        }
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new ConnectionFailedException(url.redacted(), reason(url, e), e.getErrorCode());
        }
    }

    /**
     * An H2 database this process opens itself, whose closing at exit retort can take over: not one reached
     * through a server, not one whose URL says otherwise, and not one shared through {@code AUTO_SERVER=TRUE},
     * which H2 refuses to combine with {@code DB_CLOSE_ON_EXIT=FALSE}.
     */
    private static boolean isEmbeddedH2(String jdbcUrl) {
        return !H2ExclusiveMode.appliesTo(jdbcUrl) && !jdbcUrl.toUpperCase(Locale.ROOT).contains("DB_CLOSE_ON_EXIT");
    }

    /** The host a driver could not resolve, which the drivers' own messages leave out or bury. */
    static Optional<String> unknownHost(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException unknown) {
                return Optional.ofNullable(unknown.getMessage()).map(String::strip);
            }
        }
        return Optional.empty();
    }

    /**
     * The URL to connect with: a {@code jdbc:mysql:} URL goes to the MariaDB driver, which speaks the
     * same protocol, when no MySQL driver is on the class path (the command line bundles only MariaDB's).
     */
    static String jdbcUrlWithDriver(String jdbcUrl) {
        String mysqlScheme = "jdbc:mysql:";
        if (jdbcUrl.startsWith(mysqlScheme) && !hasDriver(jdbcUrl)) {
            String mariadb = "jdbc:mariadb:" + jdbcUrl.substring(mysqlScheme.length());
            if (hasDriver(mariadb)) {
                return mariadb;
            }
        }
        return jdbcUrl;
    }

    private static boolean hasDriver(String jdbcUrl) {
        try {
            DriverManager.getDriver(jdbcUrl);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String reason(DatabaseUrl url, SQLException e) {
        String raw = unknownHost(e).map(host -> "the host could not be resolved: " + host)
                .orElse(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        String message = raw.startsWith("No suitable driver")
                ? "no JDBC driver for " + url.dialect() + " is on the class path" : raw;
        return url.redact(message).strip();
    }
}
