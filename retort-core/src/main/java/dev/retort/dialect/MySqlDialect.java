package dev.retort.dialect;

/** MySQL: DDL commits implicitly; identifiers quoted with backticks. */
public class MySqlDialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(false, true, true, true, true, true, false,
                    true, false, true, EnumStorage.COLUMN_TYPE);

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    protected String quoteAlways(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public LockMethod lockMethod() {
        return LockMethod.NAMED_LOCK;
    }
}
