package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.SqlLiterals;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * MySQL literals: strings with backslashes escaped (the dialect's rule), UUIDs as the 32 hex digits a
 * {@code CHAR(32)} column holds, and a time with offset as the plain string MySQL 8.0.19+ reads.
 */
public class MySqlLiterals extends SqlLiterals {

    public MySqlLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String bool(boolean value) {
        return value ? "true" : "false";
    }

    @Override
    protected String uuid(UUID uuid) {
        return string(uuid.toString().replace("-", ""));
    }

    @Override
    protected String timestampWithTimeZone(OffsetDateTime dateTime) {
        return string(offsetDateTimeText(dateTime));
    }
}
