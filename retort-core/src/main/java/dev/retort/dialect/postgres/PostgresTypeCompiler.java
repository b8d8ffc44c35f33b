package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.TypeCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.ColumnType;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's names for types, as SQLAlchemy's PostgreSQL dialect writes them. */
public class PostgresTypeCompiler extends TypeCompiler {
    private static final Pattern FLOAT = Pattern.compile("float(?:\\((\\d+)\\))?|float8");
    private static final Pattern TIME_WITHOUT_ZONE = Pattern.compile("(timestamp|time)(\\(\\d+\\))?");
    private static final Pattern CHAR = Pattern.compile("(?:char|character|bpchar)(\\(\\d+\\))?");
    private static final Pattern VARCHAR = Pattern.compile("(?:varchar|character varying)(\\(\\d+\\))?");
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("int2", "smallint"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"), Map.entry("timetz", "time with time zone"));

    public PostgresTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    /**
     * PostgreSQL's own name for a type (what {@code format_type} shows): {@code FLOAT} without a precision
     * or with more than 24 bits is {@code double precision} and otherwise {@code real}; {@code CHAR(n)} is
     * {@code character(n)}; a timestamp or time without a zone says so; the short names ({@code int4},
     * {@code bool}, {@code timestamptz}, ...) are spelled out.
     */
    @Override
    public String stored(String sql) {
        Matcher floatType = FLOAT.matcher(sql);
        if (floatType.matches()) {
            return floatType.group(1) == null || Integer.parseInt(floatType.group(1)) > 24 ? "double precision"
                    : "real";
        }
        Matcher timeType = TIME_WITHOUT_ZONE.matcher(sql);
        if (timeType.matches()) {
            return timeType.group(1) + (timeType.group(2) == null ? "" : timeType.group(2)) + " without time zone";
        }
        Matcher charType = CHAR.matcher(sql);
        if (charType.matches()) {
            return "character" + (charType.group(1) == null ? "(1)" : charType.group(1));
        }
        Matcher varcharType = VARCHAR.matcher(sql);
        if (varcharType.matches()) {
            return "character varying" + (varcharType.group(1) == null ? "" : varcharType.group(1));
        }
        return SHORT_NAMES.getOrDefault(sql, sql);
    }

    @Override
    public String visitTime(ColumnType.TimeType type) {
        return type.withTimeZone() ? "TIME WITH TIME ZONE" : "TIME WITHOUT TIME ZONE";
    }

    @Override
    public String visitTimestamp(ColumnType.TimestampType type) {
        return type.withTimeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE";
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return "BYTEA";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "UUID";
    }

    /** A named type, created by {@code CREATE TYPE name AS ENUM (...)} before the table that uses it. */
    @Override
    public String visitEnum(ColumnType.EnumType type) {
        return dialect().quote(requireName(type));
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        return compile(type.elementType()) + "[]".repeat(type.dimensions());
    }

    static String requireName(ColumnType.EnumType type) {
        return type.name().orElseThrow(() -> new UnsupportedOperationForDialectException("postgresql", "unnamed enum",
                "PostgreSQL enums are named types (CREATE TYPE name AS ENUM); give the enum of values "
                        + type.values() + " a name"));
    }
}
