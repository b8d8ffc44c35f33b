package dev.retort.runtime;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/** A statement the database refused; the runner turns it into a message naming the revision. */
public final class DatabaseError extends MigrationException {
    private static final long serialVersionUID = 1L;

    private static final int MYSQL_UNKNOWN_DATABASE = 1049;
    private static final int SQLITE_BUSY = 5;
    /** PostgreSQL's "current transaction is aborted, commands ignored until end of transaction block". */
    private static final String IN_FAILED_TRANSACTION = "25P02";
    /** What MariaDB's driver says as it closes a connection whose character set a statement changed. */
    private static final String CHARACTER_SET_REFUSED = "Only utf8 / utf8mb3 / utf8mb4 are supported";

    private final transient BoundSql statement;

    public DatabaseError(BoundSql statement, SQLException cause) {
        super(messageOf(cause), cause);
        this.statement = statement;
    }

    private static String messageOf(SQLException cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        if (message.contains(CHARACTER_SET_REFUSED)) {
            return message + " (retort keeps MariaDB's driver from seeing the session's character sets change, as"
                    + " the mariadb client runs such a script, unless the URL sets its own sessionVariables: add"
                    + " session_track_system_variables='autocommit,time_zone' to them; a connection of the"
                    + " environment hook's data source has the driver's own settings)";
        }
        if (IN_FAILED_TRANSACTION.equals(cause.getSQLState())) {
            return message + "; an earlier statement of this transaction failed and its error was caught: a query"
                    + " on op.connection() or on a hook's connection whose exception the code went on from (on"
                    + " PostgreSQL a failed statement fails the rest of its transaction)";
        }
        return sqliteBusy(cause) ? message + "; another connection kept the database file locked for longer than"
                + " retort waits ('lock_timeout', 60 s unless set): another run, or an application writing to it; run"
                + " again once it is done" : message;
    }

    /** Whether {@code failure} or one of its causes is SQLite's SQLITE_BUSY. */
    public static boolean isSqliteBusy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sqliteBusy(sql)) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's SQLITE_BUSY (5, and its extended codes): the driver waited its busy timeout for another writer. */
    private static boolean sqliteBusy(SQLException cause) {
        return (cause.getErrorCode() & 0xff) == SQLITE_BUSY
                && String.valueOf(cause.getMessage()).contains("SQLITE_BUSY");
    }

    public BoundSql statement() {
        return statement;
    }

    /** The driver's error code ({@link SQLException#getErrorCode()}). */
    public int errorCode() {
        return ((SQLException) getCause()).getErrorCode();
    }

    /**
     * Whether the statement may not run inside a transaction (SQLSTATE 25001, PostgreSQL's "cannot run inside a
     * transaction block": {@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, {@code CREATE DATABASE}).
     */
    public boolean outsideTransactionOnly() {
        return "25001".equals(((SQLException) getCause()).getSQLState());
    }

    /**
     * Whether SQLite refused {@code ALTER TABLE ... DROP COLUMN} because something else names the column: a key, an
     * index, a check, a generated column, a view or a trigger.
     */
    public boolean columnStillNamed() {
        String message = String.valueOf(getCause().getMessage());
        return message.contains(" after drop column: ") || message.contains("cannot drop PRIMARY KEY column")
                || message.contains("cannot drop UNIQUE column");
    }

    /**
     * Whether the statement named a schema that does not exist: PostgreSQL's SQLSTATE 3F000, H2's 90079, MySQL's
     * and MariaDB's unknown database (1049), SQLite's "unknown database" (a schema not attached).
     */
    public boolean missingSchema() {
        SQLException cause = (SQLException) getCause();
        return "3F000".equals(cause.getSQLState()) || "90079".equals(cause.getSQLState())
                || cause.getErrorCode() == MYSQL_UNKNOWN_DATABASE
                || String.valueOf(cause.getMessage()).contains("unknown database");
    }

    /**
     * Whether the server rolled the whole transaction back as it refused the statement: a deadlock or a
     * serialization failure (SQLSTATE class 40).
     */
    public boolean rolledBackByServer() {
        String state = ((SQLException) getCause()).getSQLState();
        return state != null && state.startsWith("40");
    }

    /** Whether the connection broke, so that the server may or may not have run the statement. */
    public boolean connectionLost() {
        SQLException cause = (SQLException) getCause();
        return cause instanceof SQLRecoverableException || cause instanceof SQLNonTransientConnectionException
                || cause.getSQLState() != null && cause.getSQLState().startsWith("08");
    }
}
