package dev.retort.dialect.mysql;

import dev.retort.dialect.Dialect;
import java.time.OffsetDateTime;

/**
 * MariaDB literals: MySQL's, except a time with offset. MariaDB reads no offset in a datetime string, so
 * the value is converted from its offset to the session's time zone, in which MariaDB reads
 * {@code TIMESTAMP} values: {@code CONVERT_TZ('2024-01-31 09:05:00', '+02:00', @@session.time_zone)}.
 */
public class MariaDbLiterals extends MySqlLiterals {

    public MariaDbLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String timestampWithTimeZone(OffsetDateTime dateTime) {
        String offset = dateTime.getOffset().getTotalSeconds() == 0 ? "+00:00" : dateTime.getOffset().getId();
        return "CONVERT_TZ(" + string(dateTimeText(dateTime.toLocalDateTime())) + ", " + string(offset)
                + ", @@session.time_zone)";
    }
}
