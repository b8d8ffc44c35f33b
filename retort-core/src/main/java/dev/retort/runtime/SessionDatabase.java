package dev.retort.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The database a MySQL or MariaDB session works in, which a revision's {@code USE} (a line that
 * {@code mysqldump --databases} writes) moves: without {@code version_table_schema} the version table and the
 * record of the run are in the one the run connected to, so a revision must leave the session there before
 * its version row is written. With it, their statements name their database, and a {@code USE} is the
 * revision's own business.
 */
final class SessionDatabase {
    private static final SessionDatabase NONE = new SessionDatabase(Optional.empty(), null, null);
    private static final Pattern USE = Pattern.compile("(?is)(?:\\s|/\\*.*?\\*/|--[^\\n]*\\n|#[^\\n]*\\n)*USE\\s.*");
    private static final String CURRENT = "SELECT DATABASE()";

    private final Optional<Connection> connection;
    private final String connectedTo;
    private final String versionTable;

    private SessionDatabase(Optional<Connection> connection, String connectedTo, String versionTable) {
        this.connection = connection;
        this.connectedTo = connectedTo;
        this.versionTable = versionTable;
    }

    /**
     * The session's database now, online on MySQL and MariaDB for a version table named without its database;
     * elsewhere nothing to watch.
     */
    static SessionDatabase of(String dialectName, SqlSink sink, VersionTable versionTable) {
        boolean mysql = dialectName.equals("mysql") || dialectName.equals("mariadb");
        Optional<Connection> connection = sink.connection();
        if (!mysql || !sink.isOnline() || connection.isEmpty() || versionTable.schema().isPresent()) {
            return NONE;
        }
        return new SessionDatabase(connection, current(connection.get()), versionTable.name());
    }

    /** Whether {@code sql} may move the session to another database. */
    static boolean changesDatabase(String sql) {
        return USE.matcher(sql).matches();
    }

    /**
     * Moves the session back to the run's database and fails when the revision left it in another: the version
     * row written there would be another database's.
     */
    void requireUnchanged() {
        if (connection.isEmpty()) {
            return;
        }
        String now = current(connection.get());
        if (now == null || now.equals(connectedTo)) {
            return;
        }
        try (Statement statement = connection.get().createStatement()) {
            statement.execute("USE `" + connectedTo.replace("`", "``") + "`");
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("USE " + connectedTo), e);
        }
        throw new VersionTableException("The revision left the session in database '" + now + "' (a USE statement),"
                + " but the version table " + versionTable + " is in '" + connectedTo + "', the database the run"
                + " connected to; delete the USE line (or end the revision with USE " + connectedTo + "), or set"
                + " version_table_schema = \"" + connectedTo + "\", so that the revision's version row is written"
                + " where it belongs");
    }

    private static String current(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(CURRENT)) {
            return result.next() ? result.getString(1) : null;
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of(CURRENT), e);
        }
    }
}
