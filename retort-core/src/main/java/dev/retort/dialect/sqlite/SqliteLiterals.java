package dev.retort.dialect.sqlite;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.SqlLiterals;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

/**
 * SQLite literals: booleans are {@code 1} and {@code 0}, dates and times are the ISO strings SQLite's
 * date functions read (it has no {@code DATE '...'} syntax), UUIDs the 32 hex digits of {@code CHAR(32)}.
 * Times are written as SQLAlchemy stores them there, with six digits of microseconds always
 * ({@code 08:00:00.000000}): its reader takes the first six digits after the point as microseconds, so
 * {@code .5} would read as 5 microseconds.
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
        return string(microsecondTime(time));
    }

    @Override
    protected String timestamp(LocalDateTime dateTime) {
        return string(dateTime.toLocalDate() + " " + microsecondTime(dateTime.toLocalTime()));
    }

    @Override
    protected String timestampWithTimeZone(OffsetDateTime dateTime) {
        ZoneOffset offset = dateTime.getOffset();
        return string(dateTime.toLocalDate() + " " + microsecondTime(dateTime.toLocalTime())
                + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId()));
    }

    /** {@code 08:00:00.500000}; nanoseconds beyond the microseconds follow them, which SQLAlchemy skips. */
    private static String microsecondTime(LocalTime time) {
        int nanos = time.getNano();
        return String.format(Locale.ROOT, "%02d:%02d:%02d.", time.getHour(), time.getMinute(), time.getSecond())
                + (nanos % 1000 == 0 ? String.format(Locale.ROOT, "%06d", nanos / 1000)
                        : String.format(Locale.ROOT, "%09d", nanos));
    }
}
