package dev.retort.dialect;

import java.util.Optional;

/** MariaDB: MySQL's dialect under its own name; it has no indexes on expressions (only on generated columns). */
public class MariaDbDialect extends MySqlDialect {
    private static final DialectCapabilities CAPABILITIES =
            new DialectCapabilities(false, true, true, true, true, true, false,
                    true, false, false, EnumStorage.COLUMN_TYPE, true, true, false, false, true, false);

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public DialectCapabilities capabilities() {
        return CAPABILITIES;
    }

    /** Its {@code in_transaction} variable, which MySQL does not have. */
    @Override
    public Optional<String> uncommittedWorkQuery() {
        return Optional.of("SELECT @@in_transaction");
    }
}
