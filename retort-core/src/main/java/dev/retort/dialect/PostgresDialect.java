package dev.retort.dialect;

/** PostgreSQL: transactional DDL, schemas, comments. */
public class PostgresDialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(true, true, true, true, true, true, true,
                    true, true, true, EnumStorage.NAMED_TYPE);

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.ADVISORY_LOCK;
    }
}
