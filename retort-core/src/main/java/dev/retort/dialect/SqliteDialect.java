package dev.retort.dialect;

/** SQLite: transactional DDL, but no ALTER of constraints (use batch mode). */
public class SqliteDialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(true, false, true, false, false, true, false,
                    false, true, true, EnumStorage.CHECK_CONSTRAINT, false, false, false, true, true, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.FILE_LOCK;
    }
}
