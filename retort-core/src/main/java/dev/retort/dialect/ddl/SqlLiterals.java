package dev.retort.dialect.ddl;

import dev.retort.dialect.Dialect;
import dev.retort.op.LiteralRenderer;
import dev.retort.schema.SchemaDefinitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

/**
 * SQL literals of one database, for rows inserted offline and inline literals. This class writes the
 * SQL standard's forms ({@code 'it''s'}, {@code TRUE}, {@code DATE '2024-01-31'}, {@code X'CAFE'});
 * a database overrides the kinds it writes differently. Strings always go through the dialect's
 * {@link Dialect#literal(String)}, so its escaping rules apply.
 */
public class SqlLiterals implements LiteralRenderer {
    private final Dialect dialect;

    public SqlLiterals(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String render(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof String text) {
            return string(text);
        } else if (value instanceof Boolean bool) {
            return bool(bool);
        } else if (value instanceof Number number) {
            return number(number);
        } else if (value instanceof UUID uuid) {
            return uuid(uuid);
        } else if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        return temporal(value);
    }

    private String temporal(Object value) {
        if (value instanceof LocalDate date) {
            return date(date);
        } else if (value instanceof LocalTime time) {
            return time(time);
        } else if (value instanceof LocalDateTime dateTime) {
            return timestamp(dateTime);
        } else if (value instanceof OffsetDateTime dateTime) {
            return timestampWithTimeZone(dateTime);
        }
        throw new SchemaDefinitionException("literal " + value + " of " + value.getClass().getName(),
                "literals are null, strings, numbers, booleans, LocalDate, LocalTime, LocalDateTime, OffsetDateTime"
                        + " (an Instant as instant.atOffset(ZoneOffset.UTC)), UUIDs or byte arrays");
    }

    protected String string(String text) {
        return dialect.literal(text);
    }

    protected String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    protected String number(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new SchemaDefinitionException("literal " + number, "SQL has no standard literal for it; "
                        + "write the database's own spelling with execute()");
            }
            return approximate(number);
        }
        return number.toString();
    }

    /**
     * A double or float as an approximate literal, keeping its exponent ({@code 1.0E300}): written out in
     * full it would be an exact decimal literal, which MySQL caps at 65 digits.
     */
    protected static String approximate(Number number) {
        return number instanceof Float ? Float.toString(number.floatValue()) : Double.toString(number.doubleValue());
    }

    /** A UUID in its standard text form; databases storing it as {@code CHAR(32)} write 32 hex digits. */
    protected String uuid(UUID uuid) {
        return string(uuid.toString());
    }

    protected String bytes(byte[] bytes) {
        return "X'" + hex(bytes) + "'";
    }

    protected String date(LocalDate date) {
        return "DATE " + string(date.toString());
    }

    protected String time(LocalTime time) {
        return "TIME " + string(timeText(time));
    }

    protected String timestamp(LocalDateTime dateTime) {
        return "TIMESTAMP " + string(dateTimeText(dateTime));
    }

    protected String timestampWithTimeZone(OffsetDateTime dateTime) {
        return "TIMESTAMP WITH TIME ZONE " + string(offsetDateTimeText(dateTime));
    }

    /** {@code 2024-01-31 09:05:00}, with a fraction only when there is one. */
    protected static String dateTimeText(LocalDateTime dateTime) {
        return dateTime.toLocalDate() + " " + timeText(dateTime.toLocalTime());
    }

    /** {@code 2024-01-31 09:05:00+02:00}; UTC is written {@code +00:00}. */
    protected static String offsetDateTimeText(OffsetDateTime dateTime) {
        ZoneOffset offset = dateTime.getOffset();
        return dateTimeText(dateTime.toLocalDateTime()) + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }

    /** {@code 09:05:00} or {@code 09:05:00.25}: seconds always, unlike {@link LocalTime#toString()}. */
    protected static String timeText(LocalTime time) {
        String text = String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        if (time.getNano() == 0) {
            return text;
        }
        return text + "." + String.format("%09d", time.getNano()).replaceAll("0+$", "");
    }

    protected static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
