package dev.retort.dialect.ddl;

import dev.retort.dialect.Dialect;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnTypeVisitor;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link ColumnType} as one database spells it. This class writes the SQL standard's names
 * ({@code INTEGER}, {@code NUMERIC(10, 2)}, {@code VARCHAR(50)}, {@code TIMESTAMP WITH TIME ZONE});
 * each database's compiler overrides the types it names differently. A non-native enum is
 * {@code VARCHAR} of its longest value, its {@code CHECK} being the {@link DdlCompiler}'s business.
 */
public class TypeCompiler implements ColumnTypeVisitor<String> {
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_ ]*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");

    private final Dialect dialect;

    public TypeCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    protected Dialect dialect() {
        return dialect;
    }

    /** The type as SQL. */
    public String compile(ColumnType type) {
        return type.accept(this);
    }

    /** The values of {@link ColumnType.DialectType#dialect()} this database accepts: its own name. */
    protected Set<String> dialectTypeFamilies() {
        return Set.of(dialect.name());
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        switch (type.width()) {
            case SMALL:
                return "SMALLINT";
            case BIG:
                return "BIGINT";
            default:
                return "INTEGER";
        }
    }

    @Override
    public String visitNumeric(ColumnType.NumericType type) {
        return "NUMERIC" + precision(type.precision(), type.scale());
    }

    /**
     * The type this database keeps for {@code sql}, a type as written, lower case and in one spelling of white
     * space: the same where the database keeps types as written.
     */
    public String stored(String sql) {
        return sql;
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return "FLOAT" + precision(type.precision(), OptionalInt.empty());
    }

    @Override
    public String visitDouble(ColumnType.DoubleType type) {
        return "DOUBLE PRECISION";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        String length = type.length().isPresent() ? "(" + type.length().getAsInt() + ")" : "";
        return "VARCHAR" + length + collation(type.collation().orElse(null));
    }

    @Override
    public String visitText(ColumnType.TextType type) {
        return "TEXT" + collation(type.collation().orElse(null));
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitDate(ColumnType.DateType type) {
        return "DATE";
    }

    @Override
    public String visitTime(ColumnType.TimeType type) {
        return type.withTimeZone() ? "TIME WITH TIME ZONE" : "TIME";
    }

    @Override
    public String visitTimestamp(ColumnType.TimestampType type) {
        return type.withTimeZone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP";
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return type.length().isPresent() ? "VARBINARY(" + type.length().getAsInt() + ")" : "BLOB";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "CHAR(32)";
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        return "JSON";
    }

    /** A non-native enum: {@code VARCHAR} as long as the longest value, as SQLAlchemy's {@code Enum} does. */
    @Override
    public String visitEnum(ColumnType.EnumType type) {
        int longest = type.values().stream().mapToInt(String::length).max().orElse(1);
        return "VARCHAR(" + Math.max(longest, 1) + ")";
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        throw new UnsupportedOperationForDialectException(dialect.name(), "ARRAY type", "The " + dialect.name()
                + " dialect has no array types; arrays are a PostgreSQL and H2 type. Store the values in a "
                + "table of their own, as JSON, or use a raw type");
    }

    /** A type of one database, refused by the others: {@code JSONB}, {@code TINYINT(1)}. */
    @Override
    public String visitDialect(ColumnType.DialectType type) {
        String written = type.dialect() + "." + type.name() + arguments(type, false);
        if (!dialectTypeFamilies().contains(type.dialect())) {
            throw new UnsupportedOperationForDialectException(dialect.name(), "type " + written, "Type " + written
                    + " is a " + type.dialect() + " type; the " + dialect.name() + " dialect cannot create it. "
                    + "Use a generic type, or a raw type written for " + dialect.name());
        }
        if (!TYPE_NAME.matcher(type.name()).matches()) {
            throw new UnsupportedOperationForDialectException(dialect.name(), "type " + written, "Type name '"
                    + type.name() + "' is not a word; write unusual types as a raw type");
        }
        return type.name().toUpperCase(Locale.ROOT) + arguments(type, true);
    }

    @Override
    public String visitRaw(ColumnType.RawType type) {
        return type.sql();
    }

    /** {@code (p)}, {@code (p, s)} or nothing. */
    protected static String precision(OptionalInt precision, OptionalInt scale) {
        if (precision.isEmpty()) {
            return "";
        }
        return "(" + precision.getAsInt() + (scale.isPresent() ? ", " + scale.getAsInt() : "") + ")";
    }

    /** {@code  COLLATE name}, or nothing for no collation. */
    protected String collation(String name) {
        return name == null ? "" : " COLLATE " + dialect.quote(name);
    }

    /** The enum's values as literals, comma-separated: {@code 'a', 'b'}. */
    protected String enumValues(ColumnType.EnumType type) {
        return type.values().stream().map(dialect::literal).collect(Collectors.joining(", "));
    }

    /** Numbers as written, anything else as a string literal, so no argument can splice SQL. */
    private String arguments(ColumnType.DialectType type, boolean quoted) {
        if (type.arguments().isEmpty()) {
            return "";
        }
        return type.arguments().stream()
                .map(argument -> !quoted || NUMBER.matcher(argument).matches() ? argument : dialect.literal(argument))
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
