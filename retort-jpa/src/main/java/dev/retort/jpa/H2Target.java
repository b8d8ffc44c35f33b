package dev.retort.jpa;

import dev.retort.dialect.Dialect;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * H2: unquoted names are stored in upper case and read back in lower case, an identity from 1 by 1 is the
 * table's autoincrement column, and types come back as {@code INFORMATION_SCHEMA} describes them:
 * {@code float(53)} keeps its declared precision, timestamps lose theirs, {@code text} is a {@code VARCHAR}
 * without a length, {@code enum} is an unnamed enum.
 */
final class H2Target extends TargetDatabase {
    private final Dialect dialect;

    H2Target(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    String hibernateDialect() {
        return "org.hibernate.dialect.H2Dialect";
    }

    @Override
    String folded(String unquoted) {
        String lower = unquoted.toLowerCase(Locale.ROOT);
        return dialect.quote(lower).equals(lower) ? lower : unquoted.toUpperCase(Locale.ROOT);
    }

    @Override
    boolean identityIsAutoincrement() {
        return true;
    }

    @Override
    ColumnType type(DeclaredType type) {
        if (type.suffix().endsWith(" array") || type.name().endsWith(" array")) {
            String element = type.written().substring(0, type.written().toLowerCase(Locale.ROOT).lastIndexOf(" array"));
            return new ColumnType.ArrayType(type(DeclaredType.parse(element)), 1);
        }
        String zone = type.suffix().isEmpty() ? type.name() : type.suffix();
        switch (type.name().replace(" with time zone", "").replace(" without time zone", "")) {
            case "integer", "int": return integer(Width.NORMAL);
            case "bigint": return integer(Width.BIG);
            case "smallint": return integer(Width.SMALL);
            case "tinyint": return new ColumnType.DialectType("h2", "tinyint", List.of());
            case "boolean": return new ColumnType.BooleanType();
            case "varchar", "character varying": return string(type.first());
            case "char", "character": return new ColumnType.RawType("CHARACTER(" + type.first().orElse(1) + ")");
            case "numeric", "decimal":
                return new ColumnType.NumericType(type.first(), type.first().isPresent()
                        ? OptionalInt.of(type.second().orElse(0)) : OptionalInt.empty());
            case "float": return new ColumnType.FloatType(type.first());
            case "real": return new ColumnType.RawType("REAL");
            case "double precision", "double": return new ColumnType.DoubleType();
            case "date": return new ColumnType.DateType();
            case "time": return new ColumnType.TimeType(zone.endsWith("with time zone"));
            case "timestamp": return new ColumnType.TimestampType(zone.endsWith("with time zone"));
            case "uuid": return new ColumnType.UuidType();
            case "json": return new ColumnType.JsonType();
            case "varbinary", "binary varying": return new ColumnType.BinaryType(type.first());
            case "blob", "binary large object": return new ColumnType.BinaryType(OptionalInt.empty());
            case "clob", "character large object": return new ColumnType.TextType(Optional.empty());
            case "text": return string(OptionalInt.empty());
            case "enum": return new ColumnType.EnumType(Optional.empty(), type.arguments());
            case "binary": return new ColumnType.RawType("BINARY(" + type.first().orElse(1) + ")");
            default: return raw(type);
        }
    }
}
