package dev.retort.runtime;

import java.sql.SQLException;

/** A statement the database refused; the runner turns it into a message naming the revision. */
public final class DatabaseError extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final transient BoundSql statement;

    public DatabaseError(BoundSql statement, SQLException cause) {
        super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        this.statement = statement;
    }

    public BoundSql statement() {
        return statement;
    }
}
