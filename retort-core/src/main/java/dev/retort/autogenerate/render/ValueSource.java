package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;

import dev.retort.autogenerate.render.JavaCode.Atom;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Java source for the values operations carry: literals of server defaults and inserted rows, kept to
 * their exact Java type ({@code 1} and {@code 1L} differ), and server defaults.
 */
final class ValueSource {
    private final Imports imports;

    ValueSource(Imports imports) {
        this.imports = imports;
    }

    /** {@code literal(...)} or {@code sql("...")}. */
    JavaCode serverDefault(ServerDefault serverDefault) {
        if (serverDefault instanceof SqlExpression expression) {
            return call("sql", JavaCode.text(expression.sql()));
        }
        return call("literal", value(((ServerDefault.Literal) serverDefault).value()));
    }

    /** {@code row("id", 1, "name", "alice")}. */
    JavaCode row(Map<String, Object> row) {
        List<JavaCode> arguments = new ArrayList<>();
        row.forEach((column, value) -> {
            arguments.add(JavaCode.text(column));
            arguments.add(value(value));
        });
        return call("row", arguments);
    }

    /** A value as a Java expression of the same type and value. */
    JavaCode value(Object value) {
        if (value == null) {
            return atom("null");
        } else if (value instanceof String string) {
            return JavaCode.text(string);
        } else if (value instanceof Boolean || value instanceof Integer) {
            return atom(value.toString());
        } else if (value instanceof Number number) {
            return number(number);
        } else if (value instanceof UUID) {
            // Qualified: the UUID column type of Schema.* would hide an imported java.util.UUID.
            return call("java.util.UUID.fromString", JavaCode.text(value.toString()));
        } else if (value instanceof byte[] bytes) {
            return bytes(bytes);
        }
        return temporal(value);
    }

    private JavaCode number(Number number) {
        if (number instanceof Long) {
            return atom(number + "L");
        } else if (number instanceof Short || number instanceof Byte) {
            return atom("(" + (number instanceof Short ? "short" : "byte") + ") " + number);
        } else if (number instanceof Double value) {
            return floating(value, "Double", "");
        } else if (number instanceof Float value) {
            return floating(value.doubleValue(), "Float", "f");
        } else if (number instanceof BigDecimal || number instanceof BigInteger) {
            return call("new " + imports.use(number.getClass()), JavaCode.text(number.toString()));
        }
        throw new IllegalArgumentException("a literal of " + number.getClass().getName() + " cannot be rendered; "
                + "use Integer, Long, Short, Byte, Double, Float, BigDecimal or BigInteger");
    }

    private static Atom floating(double value, String type, String suffix) {
        if (Double.isNaN(value)) {
            return atom(type + ".NaN");
        } else if (Double.isInfinite(value)) {
            return atom(type + (value > 0 ? ".POSITIVE_INFINITY" : ".NEGATIVE_INFINITY"));
        }
        return atom((suffix.isEmpty() ? Double.toString(value) : Float.toString((float) value)) + suffix);
    }

    private static JavaCode bytes(byte[] bytes) {
        List<String> values = new ArrayList<>();
        for (byte b : bytes) {
            values.add(Byte.toString(b));
        }
        return atom("new byte[] {" + String.join(", ", values) + "}");
    }

    private JavaCode temporal(Object value) {
        if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime
                || value instanceof OffsetDateTime) {
            return call(imports.use(value.getClass()) + ".parse", JavaCode.text(value.toString()));
        }
        throw new IllegalArgumentException("a literal of " + value.getClass().getName() + " cannot be rendered");
    }
}
