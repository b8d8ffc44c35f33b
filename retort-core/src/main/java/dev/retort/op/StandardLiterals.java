package dev.retort.op;

import dev.retort.schema.SchemaDefinitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/** The values operations carry as literals, and how the SQL standard writes them. */
final class StandardLiterals {

    private StandardLiterals() {
    }

    /** Whether {@code value} is one a literal can be made of. */
    static boolean isSupported(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
                || value instanceof OffsetDateTime || value instanceof UUID || value instanceof byte[];
    }

    static String render(Object value) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof String || value instanceof UUID) {
            return quoted(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        } else if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        } else if (value instanceof Double || value instanceof Float) {
            return finite((Number) value);
        } else if (value instanceof Number) {
            return value.toString();
        } else if (value instanceof LocalDate) {
            return "DATE " + quoted(value.toString());
        } else if (value instanceof LocalTime) {
            return "TIME " + quoted(value.toString());
        } else if (value instanceof LocalDateTime dateTime) {
            return "TIMESTAMP " + quoted(dateTime.toString().replace('T', ' '));
        } else if (value instanceof OffsetDateTime dateTime) {
            return "TIMESTAMP WITH TIME ZONE " + quoted(dateTime.toString().replace('T', ' '));
        } else if (value instanceof byte[] bytes) {
            return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        throw unsupported(value);
    }

    private static String finite(Number number) {
        if (Double.isNaN(number.doubleValue()) || Double.isInfinite(number.doubleValue())) {
            throw new SchemaDefinitionException("literal " + number, "SQL has no standard literal for it; "
                    + "write the database's own spelling with execute()");
        }
        // The exponent stays (1.0E300): written out in full it would be an exact decimal, capped by some databases.
        return number instanceof Float ? Float.toString(number.floatValue()) : Double.toString(number.doubleValue());
    }

    static SchemaDefinitionException unsupported(Object value) {
        return new SchemaDefinitionException("literal " + value + " of " + value.getClass().getName(),
                "literals are null, strings, numbers, booleans, LocalDate, LocalTime, LocalDateTime, OffsetDateTime"
                        + " (an Instant as instant.atOffset(ZoneOffset.UTC)), UUIDs or byte arrays");
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
