package dev.retort.dialect.ddl;

/** The statements that can carry {@code IF [NOT] EXISTS}; databases differ in which of them accept it. */
public enum Conditional {
    CREATE_TABLE("CREATE TABLE IF NOT EXISTS"),
    DROP_TABLE("DROP TABLE IF EXISTS"),
    ADD_COLUMN("ADD COLUMN IF NOT EXISTS"),
    DROP_COLUMN("DROP COLUMN IF EXISTS"),
    CREATE_INDEX("CREATE INDEX IF NOT EXISTS"),
    DROP_INDEX("DROP INDEX IF EXISTS"),
    DROP_CONSTRAINT("DROP CONSTRAINT IF EXISTS"),
    CREATE_SEQUENCE("CREATE SEQUENCE IF NOT EXISTS"),
    DROP_SEQUENCE("DROP SEQUENCE IF EXISTS");

    private final String sql;

    Conditional(String sql) {
        this.sql = sql;
    }

    /** The statement with its condition, as a person would look it up in the database's manual. */
    public String sql() {
        return sql;
    }

    /** Whether this is the {@code IF NOT EXISTS} of a creation rather than the {@code IF EXISTS} of a drop. */
    public boolean creates() {
        return sql.contains("NOT EXISTS");
    }
}
