package dev.retort.autogenerate;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.schema.ColumnType;
import java.util.OptionalInt;

/**
 * Whether the type a model wants and the type the database has are the same on this database: equal
 * values, or values the database keeps as the same SQL type ({@code TEXT} and a {@code CLOB} that H2
 * reads back, a MySQL {@code TINYINT(1)} and a boolean, PostgreSQL's {@code FLOAT} and {@code DOUBLE
 * PRECISION}, {@code numeric(p)} and {@code numeric(p, 0)}), so synonyms never show up as changes. Where
 * enums are named types (PostgreSQL), a column of the same named type keeps its type whatever the values:
 * the values are the type's, compared with the type.
 */
final class TypeEquivalence {
    private final DdlCompiler compiler;
    private final boolean namedEnums;

    TypeEquivalence(DdlCompiler compiler, boolean namedEnums) {
        this.compiler = compiler;
        this.namedEnums = namedEnums;
    }

    boolean same(ColumnType wanted, ColumnType actual) {
        if (wanted.equals(actual)) {
            return true;
        }
        if (namedEnums && wanted instanceof ColumnType.EnumType wantedEnum
                && actual instanceof ColumnType.EnumType actualEnum && wantedEnum.name().isPresent()) {
            return wantedEnum.name().equals(actualEnum.name());
        }
        if (wanted instanceof ColumnType.EnumType wantedEnum && actual instanceof ColumnType.EnumType actualEnum
                && !wantedEnum.values().equals(actualEnum.values())) {
            return false;
        }
        try {
            return sql(scaled(wanted)).equals(sql(scaled(actual)));
        } catch (RuntimeException e) {
            return false; // a type this database cannot write differs from the one it has
        }
    }

    /** {@code numeric(p)} as {@code numeric(p, 0)}, which it is on every database and how they read it back. */
    private static ColumnType scaled(ColumnType type) {
        return type instanceof ColumnType.NumericType numeric && numeric.precision().isPresent()
                && numeric.scale().isEmpty() ? new ColumnType.NumericType(numeric.precision(), OptionalInt.of(0))
                : type;
    }

    /** The type as this database keeps it, in one spelling. */
    String sql(ColumnType type) {
        return compiler.storedType(type);
    }
}
