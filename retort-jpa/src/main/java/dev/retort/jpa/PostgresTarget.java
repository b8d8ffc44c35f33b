package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * PostgreSQL: unquoted names fold to lower case, an identity stays an identity, and each type comes back
 * as {@code format_type} writes it: {@code float(53)} as {@code double precision}, {@code timestamp(6)}
 * as {@code timestamp(6) without time zone} (kept raw, as the model has no timestamp precision).
 */
final class PostgresTarget extends TargetDatabase {
    private static final Set<String> OWN_TYPES = Set.of("jsonb", "inet", "cidr", "macaddr", "macaddr8", "interval",
            "money", "xml", "tsvector", "tsquery", "citext", "hstore", "int4range", "int8range", "numrange",
            "tsrange", "tstzrange", "daterange", "point", "oid");

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.PostgreSQLDialect";
    }

    @Override
    String folded(String unquoted) {
        return lowerCase(unquoted);
    }

    @Override
    boolean identityIsAutoincrement() {
        return false;
    }

    @Override
    ColumnType type(DeclaredType type) {
        if (type.suffix().endsWith(" array") || type.name().endsWith(" array")) {
            String element = type.written().substring(0, type.written().toLowerCase(java.util.Locale.ROOT).lastIndexOf(" array"));
            return new ColumnType.ArrayType(type(DeclaredType.parse(element)), 1);
        }
        switch (type.name()) {
            case "integer", "int", "int4", "serial": return integer(Width.NORMAL);
            case "bigint", "int8", "bigserial": return integer(Width.BIG);
            case "smallint", "int2", "tinyint": return integer(Width.SMALL);
            case "boolean", "bool": return new ColumnType.BooleanType();
            case "varchar", "character varying": return string(type.first());
            case "text": return new ColumnType.TextType(Optional.empty());
            case "numeric", "decimal": return numeric(type);
            case "real", "float4": return new ColumnType.FloatType(OptionalInt.of(24));
            case "double precision", "float8": return new ColumnType.DoubleType();
            case "float": return type.first().orElse(53) <= 24 ? new ColumnType.FloatType(OptionalInt.of(24))
                    : new ColumnType.DoubleType();
            case "date": return new ColumnType.DateType();
            case "time", "timestamp", "time with time zone", "time without time zone", "timestamp with time zone",
                    "timestamp without time zone":
                return temporal(type);
            case "timestamptz": return temporal(DeclaredType.parse("timestamp with time zone"));
            case "uuid": return new ColumnType.UuidType();
            case "bytea": return new ColumnType.BinaryType(OptionalInt.empty());
            case "json": return new ColumnType.JsonType();
            case "char", "character":
                return new ColumnType.RawType("character(" + type.first().orElse(1) + ")");
            default:
                return OWN_TYPES.contains(type.name()) && type.arguments().isEmpty() && type.suffix().isEmpty()
                        ? new ColumnType.DialectType("postgresql", type.name(), List.of()) : raw(type);
        }
    }

    private static ColumnType numeric(DeclaredType type) {
        if (type.first().isEmpty()) {
            return new ColumnType.NumericType(OptionalInt.empty(), OptionalInt.empty());
        }
        return new ColumnType.NumericType(type.first(), type.second().isPresent() ? type.second() : OptionalInt.of(0));
    }

    /** {@code timestamp} and {@code time}, with or without time zone; a precision keeps the type raw. */
    private static ColumnType temporal(DeclaredType type) {
        boolean zoned = type.suffix().equals("with time zone") || type.name().endsWith("with time zone");
        String base = type.name().replace(" with time zone", "").replace(" without time zone", "");
        if (type.first().isPresent()) {
            return new ColumnType.RawType(base + "(" + type.first().getAsInt() + ")"
                    + (zoned ? " with time zone" : " without time zone"));
        }
        return base.equals("time") ? new ColumnType.TimeType(zoned) : new ColumnType.TimestampType(zoned);
    }
}
