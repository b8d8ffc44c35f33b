package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.ddl.TypeCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.ColumnType;

/** PostgreSQL's names for types, as SQLAlchemy's PostgreSQL dialect writes them. */
public class PostgresTypeCompiler extends TypeCompiler {

    public PostgresTypeCompiler(Dialect dialect) {
        super(dialect);
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
