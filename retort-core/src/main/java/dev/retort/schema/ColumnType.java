package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The type of a column. Generic types ({@link IntegerType}, {@link StringType}, ...) are mapped to each
 * database's own type by its dialect; {@link DialectType} and {@link ArrayType} name a type only some
 * databases have; {@link RawType} is written as given. Revisions get them from the constants and
 * factories of {@code dev.retort.api.Schema}; dialects dispatch with {@link #accept(ColumnTypeVisitor)}.
 */
public sealed interface ColumnType {

    <R> R accept(ColumnTypeVisitor<R> visitor);

    /** The named enum type this type is, or is an array of; empty for any other type or an unnamed enum. */
    default Optional<EnumType> namedEnum() {
        ColumnType element = this;
        while (element instanceof ArrayType array) {
            element = array.elementType();
        }
        return element instanceof EnumType enumType && enumType.name().isPresent()
                ? Optional.of(enumType) : Optional.empty();
    }

    /** A whole number of 16 ({@link Width#SMALL}), 32 ({@link Width#NORMAL}) or 64 ({@link Width#BIG}) bits. */
    record IntegerType(Width width) implements ColumnType {
        public enum Width { SMALL, NORMAL, BIG }

        public IntegerType {
            Objects.requireNonNull(width, "width");
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitInteger(this);
        }
    }

    /** An exact decimal, {@code NUMERIC(precision, scale)}; both are optional, scale only with precision. */
    record NumericType(OptionalInt precision, OptionalInt scale) implements ColumnType {
        public NumericType {
            Objects.requireNonNull(precision, "precision");
            Objects.requireNonNull(scale, "scale");
            if (precision.isPresent() && precision.getAsInt() < 1) {
                throw new SchemaDefinitionException("numeric type", "precision must be at least 1, not "
                        + precision.getAsInt());
            }
            if (scale.isPresent()) {
                requireScaleWithinPrecision(precision, scale.getAsInt());
            }
        }

        private static void requireScaleWithinPrecision(OptionalInt precision, int scale) {
            if (precision.isEmpty()) {
                throw new SchemaDefinitionException("numeric type", "a scale needs a precision: numeric(p, "
                        + scale + ")");
            }
            if (scale < 0 || scale > precision.getAsInt()) {
                throw new SchemaDefinitionException("numeric(" + precision.getAsInt() + ", " + scale + ")",
                        "the scale must be between 0 and the precision");
            }
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitNumeric(this);
        }
    }

    /** A binary floating-point number; the optional precision is in bits, as SQL's {@code FLOAT(p)}. */
    record FloatType(OptionalInt precision) implements ColumnType {
        public FloatType {
            Objects.requireNonNull(precision, "precision");
            if (precision.isPresent() && precision.getAsInt() < 1) {
                throw new SchemaDefinitionException("float type", "precision must be at least 1, not "
                        + precision.getAsInt());
            }
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitFloat(this);
        }
    }

    /** A double-precision floating-point number. */
    record DoubleType() implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitDouble(this);
        }
    }

    /** Variable-length text, {@code VARCHAR(length)}; the length may be left out where databases allow. */
    record StringType(OptionalInt length, Optional<String> collation) implements ColumnType {
        public StringType {
            requirePositiveLength(length, "string type");
            collation = Names.requireOptional(collation, "collation of a string type");
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    /** Unbounded text, {@code TEXT} or {@code CLOB}. */
    record TextType(Optional<String> collation) implements ColumnType {
        public TextType {
            collation = Names.requireOptional(collation, "collation of a text type");
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    /** True or false; a {@code CHECK} or small integer where a database has no boolean. */
    record BooleanType() implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitBoolean(this);
        }
    }

    /** A calendar date. */
    record DateType() implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitDate(this);
        }
    }

    /** A time of day, with or without a time zone. */
    record TimeType(boolean withTimeZone) implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitTime(this);
        }
    }

    /** A date and time, with or without a time zone. */
    record TimestampType(boolean withTimeZone) implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitTimestamp(this);
        }
    }

    /** Bytes: {@code VARBINARY(length)} with a length, else the database's large binary type ({@code BLOB}). */
    record BinaryType(OptionalInt length) implements ColumnType {
        public BinaryType {
            requirePositiveLength(length, "binary type");
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** A UUID: a native type where there is one, else {@code CHAR(32)} or similar. */
    record UuidType() implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitUuid(this);
        }
    }

    /** A JSON document. */
    record JsonType() implements ColumnType {
        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitJson(this);
        }
    }

    /**
     * One of a fixed list of strings. The name is the type's name where the database makes enums
     * named types (PostgreSQL {@code CREATE TYPE name AS ENUM}); elsewhere it is a {@code CHECK} or inline enum.
     */
    record EnumType(Optional<String> name, List<String> values) implements ColumnType {
        public EnumType {
            name = Names.requireOptional(name, "enum type name");
            Objects.requireNonNull(values, "values");
            String subject = "enum type " + name.orElse("(unnamed)");
            if (values.isEmpty()) {
                throw new SchemaDefinitionException(subject, "an enum needs at least one value");
            }
            if (values.stream().distinct().count() != values.size()) {
                throw new SchemaDefinitionException(subject, "values are listed twice: " + values);
            }
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitEnum(this);
        }
    }

    /** An array of another type, with one or more dimensions (PostgreSQL, H2). */
    record ArrayType(ColumnType elementType, int dimensions) implements ColumnType {
        public ArrayType {
            Objects.requireNonNull(elementType, "elementType");
            if (dimensions < 1) {
                throw new SchemaDefinitionException("array type", "an array needs at least one dimension, not "
                        + dimensions);
            }
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitArray(this);
        }
    }

    /**
     * A type one database has and the generic types do not cover, named as that database names it:
     * {@code DialectType("postgresql", "jsonb", [])}, {@code DialectType("mysql", "tinyint", ["1"])}.
     * A dialect other than {@code dialect} refuses it when compiling.
     */
    record DialectType(String dialect, String name, List<String> arguments) implements ColumnType {
        private static final Pattern DIALECT_NAME = Pattern.compile("[a-z][a-z0-9_]*");

        public DialectType {
            Names.require(dialect, "dialect of a dialect type");
            if (!DIALECT_NAME.matcher(dialect).matches()) {
                throw new SchemaDefinitionException("dialect type " + name, "the dialect is named in lower case, "
                        + "such as postgresql or mysql, not '" + dialect + "'");
            }
            Names.require(name, "dialect type name");
            Objects.requireNonNull(arguments, "arguments");
            arguments.forEach(argument -> Names.requireText(argument, "argument of type " + name));
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitDialect(this);
        }
    }

    /** A type written in SQL as it is, for anything the other types cannot say. */
    record RawType(String sql) implements ColumnType {
        public RawType {
            Names.requireText(sql, "raw type");
        }

        @Override
        public <R> R accept(ColumnTypeVisitor<R> visitor) {
            return visitor.visitRaw(this);
        }
    }

    private static void requirePositiveLength(OptionalInt length, String what) {
        Objects.requireNonNull(length, "length");
        if (length.isPresent() && length.getAsInt() < 1) {
            throw new SchemaDefinitionException(what, "the length must be at least 1, not " + length.getAsInt());
        }
    }
}
