package dev.retort.reflect;

import dev.retort.reflect.SqlTokens.Token;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ServerDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's declared types and defaults in the schema model. A declared type becomes a generic type only
 * where SQLite's DDL compiler writes it back the same ({@code INTEGER}, {@code VARCHAR(10)},
 * {@code NUMERIC(10, 2)}, {@code DATETIME}, ...); any other type is kept as written in a
 * {@link ColumnType.RawType}, so a rebuilt table declares the types it had.
 */
final class SqliteTypes {
    private static final Pattern TYPE = Pattern.compile(
            "([A-Z][A-Z ]*?)\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");
    /** The words a default may be besides numbers and strings; any other lone word SQLite stores as a string. */
    private static final Set<String> DEFAULT_KEYWORDS = Set.of("NULL", "TRUE", "FALSE", "CURRENT_TIME",
            "CURRENT_DATE", "CURRENT_TIMESTAMP");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");
    private static final Pattern INTEGER_LITERAL = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL_LITERAL = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?");

    private SqliteTypes() {
    }

    /** The model's type for a declared type SQLite's compiler writes back the same, else the type as written. */
    static ColumnType type(String declared) {
        String written = declared == null ? "" : declared.trim();
        if (written.isEmpty()) {
            return new ColumnType.RawType("BLOB");
        }
        Matcher matcher = TYPE.matcher(written.toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!matcher.matches()) {
            return new ColumnType.RawType(written);
        }
        String name = matcher.group(1);
        OptionalInt first = matcher.group(2) == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(matcher.group(2)));
        boolean second = matcher.group(3) != null;
        boolean bare = first.isEmpty();
        switch (name) {
            case "INTEGER":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL) : raw(written);
            case "BIGINT":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG) : raw(written);
            case "SMALLINT":
                return bare ? new ColumnType.IntegerType(ColumnType.IntegerType.Width.SMALL) : raw(written);
            case "VARCHAR":
                return second || first.isPresent() && first.getAsInt() < 1 ? raw(written)
                        : new ColumnType.StringType(first, Optional.empty());
            case "TEXT":
                return bare ? new ColumnType.TextType(Optional.empty()) : raw(written);
            case "BOOLEAN":
                return bare ? new ColumnType.BooleanType() : raw(written);
            case "DATE":
                return bare ? new ColumnType.DateType() : raw(written);
            case "DATETIME":
                return bare ? new ColumnType.TimestampType(false) : raw(written);
            case "TIME":
                return bare ? new ColumnType.TimeType(false) : raw(written);
            case "NUMERIC":
                return numeric(written, first, second ? OptionalInt.of(Integer.parseInt(matcher.group(3)))
                        : OptionalInt.empty());
            case "FLOAT":
                return second || first.isPresent() && first.getAsInt() < 1 ? raw(written)
                        : new ColumnType.FloatType(first);
            case "DOUBLE":
                return bare ? new ColumnType.DoubleType() : raw(written);
            case "BLOB":
                return bare ? new ColumnType.BinaryType(OptionalInt.empty()) : raw(written);
            default:
                return raw(written);
        }
    }

    /** The type with the column's {@code COLLATE}: on the string types, else written after the declared type. */
    static ColumnType collated(ColumnType type, String declared, String collation) {
        if (collation == null) {
            return type;
        }
        if (type instanceof ColumnType.StringType string) {
            return new ColumnType.StringType(string.length(), Optional.of(collation));
        }
        if (type instanceof ColumnType.TextType) {
            return new ColumnType.TextType(Optional.of(collation));
        }
        String written = declared == null || declared.isBlank() ? "BLOB" : declared.trim();
        return new ColumnType.RawType(written + " COLLATE " + quote(collation));
    }

    private static ColumnType numeric(String written, OptionalInt precision, OptionalInt scale) {
        if (precision.isPresent() && precision.getAsInt() < 1
                || scale.isPresent() && scale.getAsInt() > precision.getAsInt()) {
            return raw(written);
        }
        return new ColumnType.NumericType(precision, scale);
    }

    private static ColumnType raw(String written) {
        return new ColumnType.RawType(written);
    }

    /**
     * A default as {@code PRAGMA table_info} reports it: one string or number is a literal, anything else SQL. A
     * lone identifier ({@code DEFAULT "dq"}, {@code DEFAULT abc}) is a string too, as SQLite stores it; written
     * back as it was, in the parentheses of an expression, SQLite would take it for a column and refuse it.
     */
    static ServerDefault serverDefault(String written) {
        String text = written.trim();
        List<Token> tokens = SqlTokens.of(text);
        if (tokens.size() == 1 && tokens.get(0).start() == 0 && tokens.get(0).end() == text.length()
                && (tokens.get(0).kind() == SqlTokens.Kind.STRING || isIdentifierTakenAsString(tokens.get(0)))) {
            return ServerDefault.literal(tokens.get(0).value());
        }
        if (INTEGER_LITERAL.matcher(text).matches()) {
            try {
                return ServerDefault.literal(Long.parseLong(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException tooLong) {
                return ServerDefault.literal(new BigDecimal(text));
            }
        }
        if (DECIMAL_LITERAL.matcher(text).matches()) {
            return ServerDefault.literal(new BigDecimal(text));
        }
        return ServerDefault.sql(text);
    }

    private static boolean isIdentifierTakenAsString(Token token) {
        return token.kind() == SqlTokens.Kind.QUOTED
                || token.kind() == SqlTokens.Kind.WORD && IDENTIFIER.matcher(token.value()).matches()
                        && !DEFAULT_KEYWORDS.contains(token.upper());
    }

    private static String quote(String identifier) {
        return SqliteCatalog.quote(identifier);
    }
}
