package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.SqlLiterals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * SQLite literals: booleans are {@code 1} and {@code 0}, dates and times are the ISO strings SQLite's
 * date functions read (it has no {@code DATE '...'} syntax), UUIDs the 32 hex digits of {@code CHAR(32)}.
 */
public class SqliteLiterals extends SqlLiterals {

    public SqliteLiterals(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String bool(boolean value) {
        return value ? "1" : "0";
    }

    @Override
    protected String uuid(UUID uuid) {
        return string(uuid.toString().replace("-", ""));
    }

    @Override
    protected String date(LocalDate date) {
        return string(date.toString());
    }

    @Override
    protected String time(LocalTime time) {
        return string(timeText(time));
    }

    @Override
    protected String timestamp(LocalDateTime dateTime) {
        return string(dateTimeText(dateTime));
    }

    @Override
    protected String timestampWithTimeZone(OffsetDateTime dateTime) {
        return string(offsetDateTimeText(dateTime));
    }
}
