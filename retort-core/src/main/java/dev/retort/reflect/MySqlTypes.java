package dev.retort.reflect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL's and MariaDB's spelling of types ({@code COLUMN_TYPE}) and defaults ({@code COLUMN_DEFAULT})
 * in the schema model. Display widths are dropped ({@code int(11)} is an integer); {@code tinyint(1)}
 * is the boolean MySQL's compiler writes as {@code BOOL}; {@code timestamp} is a timestamp with time
 * zone and {@code datetime} one without, as the compiler writes them.
 */
final class MySqlTypes {
    private static final Pattern TYPE = Pattern.compile("([a-z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");
    private static final Set<String> OWN_TYPES = Set.of("tinyint", "mediumint", "tinytext", "mediumtext", "longtext",
            "tinyblob", "mediumblob", "longblob", "year");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    /** The clause in {@code EXTRA}, lower case: {@code on update current_timestamp()}, maybe with a precision. */
    private static final Pattern ON_UPDATE = Pattern.compile("on update ([a-z_]+(?:\\(\\d*\\))?)");

    private MySqlTypes() {
    }

    /** A type as {@code COLUMN_TYPE} writes it, with its collation when it is not the table's. */
    static ColumnType type(String written, Optional<String> collation) {
        Matcher matcher = TYPE.matcher(written);
        if (!matcher.matches()) {
            return enumOrRaw(written);
        }
        String name = matcher.group(1);
        OptionalInt first = matcher.group(2) == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(matcher.group(2)));
        OptionalInt second = matcher.group(3) == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(matcher.group(3)));
        switch (name) {
            case "int": return new ColumnType.IntegerType(Width.NORMAL);
            case "bigint": return new ColumnType.IntegerType(Width.BIG);
            case "smallint": return new ColumnType.IntegerType(Width.SMALL);
            case "tinyint":
                return first.equals(OptionalInt.of(1)) ? new ColumnType.BooleanType()
                        : new ColumnType.DialectType("mysql", "tinyint", List.of());
            case "decimal": return new ColumnType.NumericType(first, first.isPresent() ? second : OptionalInt.empty());
            case "float": return new ColumnType.FloatType(OptionalInt.empty());
            case "double": return new ColumnType.DoubleType();
            case "varchar": return new ColumnType.StringType(first, collation);
            case "text": return new ColumnType.TextType(collation);
            case "date": return new ColumnType.DateType();
            case "time": return first.isEmpty() ? new ColumnType.TimeType(false) : new ColumnType.RawType(written);
            case "datetime":
                return first.isEmpty() ? new ColumnType.TimestampType(false) : new ColumnType.RawType(written);
            case "timestamp":
                return first.isEmpty() ? new ColumnType.TimestampType(true) : new ColumnType.RawType(written);
            case "blob": return new ColumnType.BinaryType(OptionalInt.empty());
            case "varbinary": return new ColumnType.BinaryType(first);
            case "json": return new ColumnType.JsonType();
            default:
                return OWN_TYPES.contains(name) && first.isEmpty()
                        ? new ColumnType.DialectType("mysql", name, List.of()) : new ColumnType.RawType(written);
        }
    }

    /** {@code enum('a','b')} as an unnamed enum; any other type as written. */
    private static ColumnType enumOrRaw(String written) {
        if (written.startsWith("enum(") && written.endsWith(")")) {
            List<String> values = new ArrayList<>();
            for (SqlTokens.Token token : SqlTokens.of(written.substring(4))) {
                if (token.kind() == SqlTokens.Kind.STRING) {
                    values.add(token.value().replace("\\\\", "\\"));
                }
            }
            if (!values.isEmpty()) {
                return new ColumnType.EnumType(Optional.empty(), values);
            }
        }
        return new ColumnType.RawType(written);
    }

    /**
     * A default as the server echoes it. MariaDB quotes literal strings ({@code 'it''s'}) and writes
     * expressions bare ({@code current_timestamp()}, {@code (1 + 2)}); MySQL writes literals bare and
     * marks expressions {@code DEFAULT_GENERATED}. {@code NULL} is no default. A boolean column's
     * {@code 0}/{@code 1} is false/true, and MariaDB's {@code current_timestamp()} is written
     * {@code CURRENT_TIMESTAMP}, as the model writes it.
     */
    static Optional<ServerDefault> serverDefault(String echoed, ColumnType type, boolean quotesLiterals,
            boolean generated) {
        if (echoed == null || echoed.equals("NULL")) {
            return Optional.empty();
        }
        String text = echoed.trim();
        if (quotesLiterals && text.startsWith("'") && text.endsWith("'") && text.length() >= 2) {
            return Optional.of(ServerDefault.literal(unquote(text)));
        }
        boolean expression = quotesLiterals ? !NUMBER.matcher(text).matches() : generated;
        if (expression) {
            return Optional.of(ServerDefault.sql(normalisedExpression(text)));
        }
        if (type instanceof ColumnType.BooleanType && (text.equals("0") || text.equals("1"))) {
            return Optional.of(ServerDefault.literal(text.equals("1")));
        }
        if (NUMBER.matcher(text).matches() && !(type instanceof ColumnType.StringType
                || type instanceof ColumnType.TextType || type instanceof ColumnType.EnumType)) {
            return Optional.of(NumberLiterals.parse(text));
        }
        return Optional.of(ServerDefault.literal(text));
    }

    /**
     * The default with the column's {@code ON UPDATE} clause, which {@code EXTRA} holds ({@code on update
     * current_timestamp()}): written after the default, as SQLAlchemy reflects it, so that a change that
     * restates the column ({@code MODIFY}) keeps it. A default that is a literal or none becomes SQL.
     */
    static Optional<ServerDefault> withOnUpdate(Optional<ServerDefault> value, String extra) {
        Matcher onUpdate = ON_UPDATE.matcher(extra);
        if (!onUpdate.find()) {
            return value;
        }
        String before = value.map(MySqlTypes::asSql).orElse("NULL");
        return Optional.of(ServerDefault.sql(before + " ON UPDATE " + normalisedExpression(onUpdate.group(1))));
    }

    private static String asSql(ServerDefault value) {
        if (value instanceof SqlExpression expression) {
            return expression.sql();
        }
        Object literal = ((ServerDefault.Literal) value).value();
        return literal instanceof String text ? "'" + text.replace("'", "''") + "'" : String.valueOf(literal);
    }

    private static String normalisedExpression(String text) {
        String unwrapped = SqlText.unwrapped(text);
        return unwrapped.equalsIgnoreCase("current_timestamp()") ? "CURRENT_TIMESTAMP" : unwrapped;
    }

    /** {@code 'it''s'} or {@code 'a\\b'} as the string it stands for. */
    private static String unquote(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if ((c == '\'' || c == '\\') && i + 1 < inner.length()) {
                char next = inner.charAt(i + 1);
                out.append(c == '\\' ? escaped(next) : next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            default -> c;
        };
    }
}
