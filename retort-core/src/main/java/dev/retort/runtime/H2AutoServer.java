package dev.retort.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * An H2 database shared through {@code AUTO_SERVER=TRUE} lives in the process that opened it first, which serves
 * it to the others. It closes when that process ends, and the connections of the others then reconnect to
 * whichever process opens it next. So a run that does not yet hold the lock connects again when the server goes
 * away under it, and a process that serves the database closes it only while it holds the lock, never under
 * another process's run.
 */
final class H2AutoServer {
    /** H2's "Connection is broken" (ErrorCode.CONNECTION_BROKEN_1). */
    private static final int CONNECTION_BROKEN = 90067;
    /** H2's "The database has been closed" (ErrorCode.DATABASE_CALLED_AT_SHUTDOWN). */
    private static final int DATABASE_CLOSED = 90098;

    private H2AutoServer() {}

    /** Whether the H2 database of this JDBC URL is shared through {@code AUTO_SERVER=TRUE}. */
    static boolean appliesTo(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).contains(";auto_server=true");
    }

    /**
     * Whether the failure is H2 losing the process that served the database, or losing the race to open it
     * after that process ended: trying again on a new connection succeeds.
     */
    static boolean serverWentAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException e && isHandOver(e.getErrorCode(), e.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether H2's error comes from one process closing the database as others connect to it: the serving
     * process closed it or ended (its lock file may still name its server), or the database is busy as
     * {@link EmbeddedFileWait#isBusy} says (another process opens it at the same moment or serves it now, or
     * another run holds it in exclusive mode).
     */
    static boolean isHandOver(int errorCode, String message) {
        return errorCode == CONNECTION_BROKEN || errorCode == DATABASE_CLOSED
                || EmbeddedFileWait.isBusy(errorCode, message);
    }

    /**
     * Whether this connection's process serves the database to the others and has no other session of its own in
     * it (an application in the same process keeps the database open): the database then closes as the process
     * ends.
     */
    static boolean closesWithThisSession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT COUNT(*), COUNT(CASE WHEN SESSION_ID = SESSION_ID() THEN 1 END)"
                        + " FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NULL")) {
            return result.next() && result.getInt(1) == 1 && result.getInt(2) == 1;
        }
    }

    /** Closes the database for every process: the others connect again and one of them serves it next. */
    static void shutDown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
