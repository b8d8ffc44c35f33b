package dev.retort.reflect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.ServerDefault;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's spelling of types ({@code format_type}) and defaults ({@code pg_get_expr}) in the schema
 * model. A type becomes a generic type where PostgreSQL's compiler writes that generic type so
 * ({@code character varying(30)} is {@code StringType(30)}, {@code real} is {@code FloatType(24)}); a
 * few types of PostgreSQL's own become {@link ColumnType.DialectType}; any other stays as written.
 */
final class PostgresTypes {
    private static final Pattern WITH_ARGUMENTS = Pattern.compile("([a-z ]+?)\\s*\\((\\d+)(?:,\\s*(\\d+))?\\)");
    private static final Set<String> OWN_TYPES = Set.of("jsonb", "inet", "cidr", "macaddr", "macaddr8", "interval",
            "money", "xml", "tsvector", "tsquery", "citext", "hstore", "int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "point", "bit varying", "oid");
    private static final Pattern CAST_STRING = Pattern.compile("(?s)'((?:[^']|'')*)'::[a-z_ \"0-9.\\[\\]()]+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PARENTHESISED_NUMBER = Pattern.compile("\\((-?\\d+(?:\\.\\d+)?)\\)::[a-z ]+");

    private PostgresTypes() {
    }

    /** A type as {@code format_type} writes it, with its collation when not the type's own. */
    static ColumnType type(String written, Optional<String> collation) {
        ColumnType type = plain(written);
        if (collation.isEmpty()) {
            return type;
        }
        if (type instanceof ColumnType.StringType string) {
            return new ColumnType.StringType(string.length(), collation);
        }
        if (type instanceof ColumnType.TextType) {
            return new ColumnType.TextType(collation);
        }
        return new ColumnType.RawType(written + " COLLATE \"" + collation.get().replace("\"", "\"\"") + "\"");
    }

    private static ColumnType plain(String written) {
        switch (written) {
            case "integer": return new ColumnType.IntegerType(Width.NORMAL);
            case "bigint": return new ColumnType.IntegerType(Width.BIG);
            case "smallint": return new ColumnType.IntegerType(Width.SMALL);
            case "numeric": return new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty());
            case "real": return new ColumnType.FloatType(OptionalInt.of(24));
            case "double precision": return new ColumnType.DoubleType();
            case "character varying": return new ColumnType.StringType(OptionalInt.empty(), Optional.empty());
            case "text": return new ColumnType.TextType(Optional.empty());
            case "boolean": return new ColumnType.BooleanType();
            case "date": return new ColumnType.DateType();
            case "time without time zone": return new ColumnType.TimeType(false);
            case "time with time zone": return new ColumnType.TimeType(true);
            case "timestamp without time zone": return new ColumnType.TimestampType(false);
            case "timestamp with time zone": return new ColumnType.TimestampType(true);
            case "bytea": return new ColumnType.BinaryType(OptionalInt.empty());
            case "uuid": return new ColumnType.UuidType();
            case "json": return new ColumnType.JsonType();
            default: return withArguments(written);
        }
    }

    private static ColumnType withArguments(String written) {
        Matcher matcher = WITH_ARGUMENTS.matcher(written);
        if (matcher.matches()) {
            int first = Integer.parseInt(matcher.group(2));
            OptionalInt second = matcher.group(3) == null ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(matcher.group(3)));
            if (matcher.group(1).equals("character varying") && second.isEmpty()) {
                return new ColumnType.StringType(OptionalInt.of(first), Optional.empty());
            }
            if (matcher.group(1).equals("numeric")) {
                return new ColumnType.NumericType(OptionalInt.of(first), second.isPresent() ? second
                        : OptionalInt.of(0));
            }
        }
        if (OWN_TYPES.contains(written)) {
            return new ColumnType.DialectType("postgresql", written, List.of());
        }
        return new ColumnType.RawType(written);
    }

    /**
     * A default as PostgreSQL echoes it: {@code 'abc'::character varying} is the literal {@code abc},
     * {@code '-1'::integer} and {@code 1.50} numbers, {@code true} a boolean; anything else is SQL.
     */
    static Optional<ServerDefault> serverDefault(String echoed, ColumnType type) {
        if (echoed == null || echoed.startsWith("NULL::") || echoed.equals("NULL")) {
            return Optional.empty();
        }
        Matcher cast = CAST_STRING.matcher(echoed);
        if (cast.matches()) {
            String value = cast.group(1).replace("''", "'");
            return Optional.of(numeric(type) && NUMBER.matcher(value).matches() ? NumberLiterals.parse(value)
                    : ServerDefault.literal(value));
        }
        Matcher parenthesised = PARENTHESISED_NUMBER.matcher(echoed);
        if (parenthesised.matches()) {
            return Optional.of(NumberLiterals.parse(parenthesised.group(1)));
        }
        if (NUMBER.matcher(echoed).matches()) {
            return Optional.of(NumberLiterals.parse(echoed));
        }
        if (echoed.equals("true") || echoed.equals("false")) {
            return Optional.of(ServerDefault.literal(Boolean.valueOf(echoed)));
        }
        return Optional.of(ServerDefault.sql(echoed));
    }

    private static boolean numeric(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.NumericType
                || type instanceof ColumnType.FloatType || type instanceof ColumnType.DoubleType;
    }
}
