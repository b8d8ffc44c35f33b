package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Executes a run's statements on a live connection. Outside {@link #begin()} and {@link #commit()} the
 * connection is in autocommit, so statements marked non-transactional run on their own.
 */
public final class JdbcSink extends TransactionTrackingSink {
    private final Connection connection;

    public JdbcSink(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<Connection> connection() {
        return Optional.of(connection);
    }

    @Override
    public long execute(BoundSql statement) {
        try {
            if (statement.parameters().isEmpty()) {
                try (Statement plain = connection.createStatement()) {
                    // As written, as a script runs it: no driver rewrites JDBC escapes such as {fn now()}.
                    plain.setEscapeProcessing(false);
                    plain.execute(statement.sql());
                    return plain.getUpdateCount();
                }
            }
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.parameters().size(); i++) {
                    prepared.setString(i + 1, statement.parameters().get(i));
                }
                return prepared.executeUpdate();
            }
        } catch (SQLException e) {
            throw new DatabaseError(statement, e);
        }
    }

    @Override
    public long copyIn(String sql, String data) {
        try {
            return PostgresCopyIn.copyIn(connection, sql, data);
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of(sql), e);
        }
    }

    @Override
    public void comment(String text) {
        // Comments are for scripts only.
    }

    @Override
    protected void startTransaction() {
        setAutoCommit(false);
    }

    @Override
    protected void commitTransaction() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("COMMIT"), e);
        }
        setAutoCommit(true);
    }

    @Override
    protected void commitKeepingTransaction() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("COMMIT"), e);
        }
    }

    @Override
    protected void abandonTransaction() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of("ROLLBACK"), e);
        }
        setAutoCommit(true);
    }

    @Override
    public boolean isOnline() {
        return true;
    }

    private void setAutoCommit(boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            throw new DatabaseError(BoundSql.of(autoCommit ? "SET AUTOCOMMIT ON" : "BEGIN"), e);
        }
    }
}
