package dev.retort.dialect;

/** H2: transactional for data, but DDL commits; schemas and comments. */
public class H2Dialect extends Dialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(false, true, true, true, true, true, false,
                    true, false, false, EnumStorage.CHECK_CONSTRAINT);

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }
}
