package dev.retort.jpa;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.Table;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite, through Hibernate's community {@code SQLiteDialect}: names are stored as written, an identity is
 * an {@code integer} key column (an alias of the rowid), and a declared type comes back as a model type
 * only where SQLite's DDL compiler writes that type back the same ({@code integer}, {@code varchar(n)},
 * {@code numeric(p,s)}, {@code boolean}, {@code date}, {@code blob}, ...); any other type, such as
 * {@code timestamp} or {@code tinyint}, stays raw as Hibernate writes it. SQLite keeps no comments, and its
 * tables read back as {@link SqliteTables} says.
 */
final class SqliteTarget extends TargetDatabase {
    private static final Pattern TYPE = Pattern.compile(
            "([A-Z][A-Z ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    @Override
    String hibernateDialect() {
        return "org.hibernate.community.dialect.SQLiteDialect";
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
    boolean storesComments() {
        return false;
    }

    @Override
    boolean uniqueColumnsInline() {
        return true;
    }

    @Override
    Table stored(Table table, Optional<String> identity) {
        return SqliteTables.stored(table);
    }

    @Override
    ColumnType type(DeclaredType type) {
        String written = type.written();
        Matcher matcher = TYPE.matcher(written.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return new ColumnType.RawType(written);
        }
        OptionalInt first = number(matcher.group(2));
        OptionalInt second = number(matcher.group(3));
        boolean bare = first.isEmpty();
        ColumnType typed = switch (matcher.group(1)) {
            case "INTEGER" -> bare ? integer(Width.NORMAL) : null;
            case "BIGINT" -> bare ? integer(Width.BIG) : null;
            case "SMALLINT" -> bare ? integer(Width.SMALL) : null;
            case "VARCHAR" -> second.isPresent() || first.orElse(1) < 1 ? null : string(first);
            case "TEXT" -> bare ? new ColumnType.TextType(Optional.empty()) : null;
            case "BOOLEAN" -> bare ? new ColumnType.BooleanType() : null;
            case "DATE" -> bare ? new ColumnType.DateType() : null;
            case "DATETIME" -> bare ? new ColumnType.TimestampType(false) : null;
            case "TIME" -> bare ? new ColumnType.TimeType(false) : null;
            case "NUMERIC" -> first.orElse(1) < 1 || second.orElse(0) > first.orElse(Integer.MAX_VALUE) ? null
                    : new ColumnType.NumericType(first, second);
            case "FLOAT" -> second.isPresent() || first.orElse(1) < 1 ? null : new ColumnType.FloatType(first);
            case "DOUBLE" -> bare ? new ColumnType.DoubleType() : null;
            case "BLOB" -> bare ? new ColumnType.BinaryType(OptionalInt.empty()) : null;
            default -> null;
        };
        return typed == null ? new ColumnType.RawType(written) : typed;
    }

    private static OptionalInt number(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }
}
