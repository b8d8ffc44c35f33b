package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * MySQL and MariaDB: names are stored as written, an identity is an {@code AUTO_INCREMENT} column, and
 * types come back as {@code COLUMN_TYPE} writes them: {@code float(53)} as {@code double}, {@code bit} as
 * {@code bit(1)}, {@code datetime(6)} as written (the model has no fractional seconds; {@code time(0)} is
 * {@code time}), {@code enum} as an unnamed enum.
 */
final class MySqlTarget extends TargetDatabase {
    private static final Set<String> OWN_TYPES = Set.of("mediumint", "tinytext", "mediumtext", "longtext",
            "tinyblob", "mediumblob", "longblob", "year");

    private final String hibernateDialect;

    MySqlTarget(String hibernateDialect) {
        this.hibernateDialect = hibernateDialect;
    }

    @Override
    String hibernateDialect() {
        return hibernateDialect;
    }

    @Override
    String folded(String unquoted) {
        return unquoted;
    }

    @Override
    boolean identityIsAutoincrement() {
        return true;
    }

    @Override
    ColumnType type(DeclaredType type) {
        switch (type.name()) {
            case "integer", "int": return integer(Width.NORMAL);
            case "bigint": return integer(Width.BIG);
            case "smallint": return integer(Width.SMALL);
            case "tinyint":
                return type.first().equals(OptionalInt.of(1)) ? new ColumnType.BooleanType()
                        : new ColumnType.DialectType("mysql", "tinyint", List.of());
            case "boolean", "bool": return new ColumnType.BooleanType();
            case "bit": return new ColumnType.RawType("bit(" + type.first().orElse(1) + ")");
            case "varchar": return string(type.first());
            case "char": return new ColumnType.RawType("char(" + type.first().orElse(1) + ")");
            case "decimal", "numeric":
                return new ColumnType.NumericType(OptionalInt.of(type.first().orElse(10)),
                        OptionalInt.of(type.second().orElse(0)));
            case "float": return type.first().orElse(0) > 24 ? new ColumnType.DoubleType()
                    : new ColumnType.FloatType(OptionalInt.empty());
            case "double", "double precision", "real": return new ColumnType.DoubleType();
            case "date": return new ColumnType.DateType();
            case "time": return fractionalSeconds(type) ? raw(type) : new ColumnType.TimeType(false);
            case "datetime": return fractionalSeconds(type) ? raw(type) : new ColumnType.TimestampType(false);
            case "timestamp": return fractionalSeconds(type) ? raw(type) : new ColumnType.TimestampType(true);
            case "varbinary": return new ColumnType.BinaryType(type.first());
            case "blob": return new ColumnType.BinaryType(OptionalInt.empty());
            case "text": return new ColumnType.TextType(Optional.empty());
            case "json": return new ColumnType.JsonType();
            case "enum": return new ColumnType.EnumType(Optional.empty(), type.arguments());
            default:
                return OWN_TYPES.contains(type.name()) && type.arguments().isEmpty()
                        ? new ColumnType.DialectType("mysql", type.name(), List.of()) : raw(type);
        }
    }

    /** Whether a time type keeps fractions of a second: {@code time(0)} is stored and read back as {@code time}. */
    private static boolean fractionalSeconds(DeclaredType type) {
        return type.first().orElse(0) > 0;
    }
}
