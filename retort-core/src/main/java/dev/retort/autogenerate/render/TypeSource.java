package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;
import static dev.retort.autogenerate.render.JavaCode.text;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnTypeVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A column type as the constants and factories of {@code dev.retort.api.Schema} write it
 * ({@code INTEGER}, {@code string(50)}, {@code postgresql("jsonb")}); the few types those cannot say
 * (a collation without a length, an unnamed enum) are constructed directly.
 */
final class TypeSource implements ColumnTypeVisitor<JavaCode> {
    private final Imports imports;

    TypeSource(Imports imports) {
        this.imports = imports;
    }

    JavaCode of(ColumnType type) {
        return type.accept(this);
    }

    @Override
    public JavaCode visitInteger(ColumnType.IntegerType type) {
        return atom(switch (type.width()) {
            case SMALL -> "SMALL_INTEGER";
            case NORMAL -> "INTEGER";
            case BIG -> "BIG_INTEGER";
        });
    }

    @Override
    public JavaCode visitNumeric(ColumnType.NumericType type) {
        List<JavaCode> arguments = new ArrayList<>();
        type.precision().ifPresent(precision -> arguments.add(number(precision)));
        type.scale().ifPresent(scale -> arguments.add(number(scale)));
        return call("numeric", arguments);
    }

    @Override
    public JavaCode visitFloat(ColumnType.FloatType type) {
        return type.precision().isPresent() ? call("floatType", number(type.precision().getAsInt())) : atom("FLOAT");
    }

    @Override
    public JavaCode visitDouble(ColumnType.DoubleType type) {
        return atom("DOUBLE");
    }

    @Override
    public JavaCode visitString(ColumnType.StringType type) {
        if (type.length().isEmpty()) {
            return type.collation().isEmpty() ? call("string") : construct("StringType",
                    atom(imports.use(OptionalInt.class) + ".empty()"), optional(type.collation()));
        }
        JavaCode length = number(type.length().getAsInt());
        return type.collation().map(collation -> call("string", length, text(collation)))
                .orElseGet(() -> call("string", length));
    }

    @Override
    public JavaCode visitText(ColumnType.TextType type) {
        return type.collation().isEmpty() ? atom("TEXT") : construct("TextType", optional(type.collation()));
    }

    @Override
    public JavaCode visitBoolean(ColumnType.BooleanType type) {
        return atom("BOOLEAN");
    }

    @Override
    public JavaCode visitDate(ColumnType.DateType type) {
        return atom("DATE");
    }

    @Override
    public JavaCode visitTime(ColumnType.TimeType type) {
        return atom(type.withTimeZone() ? "TIME_WITH_TIME_ZONE" : "TIME");
    }

    @Override
    public JavaCode visitTimestamp(ColumnType.TimestampType type) {
        return atom(type.withTimeZone() ? "TIMESTAMP_WITH_TIME_ZONE" : "TIMESTAMP");
    }

    @Override
    public JavaCode visitBinary(ColumnType.BinaryType type) {
        return type.length().isPresent() ? call("binary", number(type.length().getAsInt())) : atom("BINARY");
    }

    @Override
    public JavaCode visitUuid(ColumnType.UuidType type) {
        return atom("UUID");
    }

    @Override
    public JavaCode visitJson(ColumnType.JsonType type) {
        return atom("JSON");
    }

    @Override
    public JavaCode visitEnum(ColumnType.EnumType type) {
        List<JavaCode> values = type.values().stream().<JavaCode>map(JavaCode::text).toList();
        if (type.name().isPresent()) {
            List<JavaCode> arguments = new ArrayList<>();
            arguments.add(text(type.name().get()));
            arguments.addAll(values);
            return call("enumType", arguments);
        }
        return construct("EnumType", atom(imports.use(Optional.class) + ".empty()"),
                call(imports.use(List.class) + ".of", values));
    }

    @Override
    public JavaCode visitArray(ColumnType.ArrayType type) {
        JavaCode element = of(type.elementType());
        return type.dimensions() == 1 ? call("arrayOf", element) : call("arrayOf", element, number(type.dimensions()));
    }

    @Override
    public JavaCode visitDialect(ColumnType.DialectType type) {
        List<JavaCode> arguments = new ArrayList<>();
        boolean shorthand = type.dialect().equals("postgresql") || type.dialect().equals("mysql");
        if (!shorthand) {
            arguments.add(text(type.dialect()));
        }
        arguments.add(text(type.name()));
        type.arguments().forEach(argument -> arguments.add(text(argument)));
        return call(shorthand ? type.dialect() : "dialectType", arguments);
    }

    @Override
    public JavaCode visitRaw(ColumnType.RawType type) {
        return call("rawType", text(type.sql()));
    }

    private JavaCode construct(String kind, JavaCode... arguments) {
        return call("new " + imports.use(ColumnType.class) + "." + kind, arguments);
    }

    private JavaCode optional(Optional<String> value) {
        return value.<JavaCode>map(present -> call(imports.use(Optional.class) + ".of", text(present)))
                .orElseGet(() -> atom(imports.use(Optional.class) + ".empty()"));
    }

    private static JavaCode number(int value) {
        return atom(Integer.toString(value));
    }
}
