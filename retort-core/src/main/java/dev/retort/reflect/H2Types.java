package dev.retort.reflect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.ServerDefault;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * H2's description of a type ({@code DATA_TYPE} with lengths and the declared precision) and of a
 * default in the schema model. {@code CHARACTER VARYING} of H2's maximum length is a string written
 * without a length; {@code FLOAT} keeps its declared precision; H2's own {@code ENUM} is an unnamed enum.
 */
final class H2Types {
    /** The length H2 gives a {@code VARCHAR} declared without one. */
    private static final long UNBOUNDED = 1_000_000_000L;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** What {@code INFORMATION_SCHEMA.COLUMNS} or {@code ELEMENT_TYPES} says of a type. */
    record Description(String dataType, String declaredType, Long length, Integer declaredPrecision,
            Integer declaredScale) {
    }

    private H2Types() {
    }

    static ColumnType type(Description description, List<String> enumValues) {
        OptionalInt length = description.length == null || description.length >= UNBOUNDED ? OptionalInt.empty()
                : OptionalInt.of(description.length.intValue());
        OptionalInt precision = description.declaredPrecision == null ? OptionalInt.empty()
                : OptionalInt.of(description.declaredPrecision);
        switch (description.dataType) {
            case "INTEGER": return new ColumnType.IntegerType(Width.NORMAL);
            case "BIGINT": return new ColumnType.IntegerType(Width.BIG);
            case "SMALLINT": return new ColumnType.IntegerType(Width.SMALL);
            case "NUMERIC":
                return new ColumnType.NumericType(precision, precision.isPresent() && description.declaredScale != null
                        ? OptionalInt.of(description.declaredScale) : OptionalInt.empty());
            case "DOUBLE PRECISION":
            case "REAL":
                return floating(description, precision);
            case "CHARACTER VARYING": return new ColumnType.StringType(length, Optional.empty());
            case "CHARACTER LARGE OBJECT": return new ColumnType.TextType(Optional.empty());
            case "BOOLEAN": return new ColumnType.BooleanType();
            case "DATE": return new ColumnType.DateType();
            case "TIME": return new ColumnType.TimeType(false);
            case "TIME WITH TIME ZONE": return new ColumnType.TimeType(true);
            case "TIMESTAMP": return new ColumnType.TimestampType(false);
            case "TIMESTAMP WITH TIME ZONE": return new ColumnType.TimestampType(true);
            case "BINARY VARYING": return new ColumnType.BinaryType(length);
            case "BINARY LARGE OBJECT": return new ColumnType.BinaryType(OptionalInt.empty());
            case "UUID": return new ColumnType.UuidType();
            case "JSON": return new ColumnType.JsonType();
            case "ENUM": return new ColumnType.EnumType(Optional.empty(), enumValues);
            case "TINYINT": return new ColumnType.DialectType("h2", "tinyint", List.of());
            default:
                return new ColumnType.RawType(description.dataType + (length.isPresent() ? "(" + length.getAsInt() + ")"
                        : ""));
        }
    }

    /** {@code FLOAT} with its declared precision; {@code DOUBLE PRECISION} and {@code REAL} as such. */
    private static ColumnType floating(Description description, OptionalInt precision) {
        if ("FLOAT".equals(description.declaredType)) {
            return new ColumnType.FloatType(precision);
        }
        return description.dataType.equals("REAL") ? new ColumnType.RawType("REAL") : new ColumnType.DoubleType();
    }

    /** A default as H2 echoes it: a quoted string, a number or {@code TRUE}/{@code FALSE} is a literal. */
    static Optional<ServerDefault> serverDefault(String echoed, UnaryOperator<String> bareIdentifiers) {
        if (echoed == null || echoed.equals("NULL")) {
            return Optional.empty();
        }
        List<SqlTokens.Token> tokens = SqlTokens.of(echoed);
        if (tokens.size() == 1 && tokens.get(0).kind() == SqlTokens.Kind.STRING && echoed.startsWith("'")
                && echoed.endsWith("'")) {
            return Optional.of(ServerDefault.literal(tokens.get(0).value()));
        }
        if (NUMBER.matcher(echoed).matches()) {
            return Optional.of(NumberLiterals.parse(echoed));
        }
        if (echoed.equals("TRUE") || echoed.equals("FALSE")) {
            return Optional.of(ServerDefault.literal(echoed.equals("TRUE")));
        }
        return Optional.of(ServerDefault.sql(bareIdentifiers.apply(echoed)));
    }
}
