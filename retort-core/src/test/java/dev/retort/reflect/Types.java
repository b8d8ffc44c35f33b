package dev.retort.reflect;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.IntegerType.Width;
import java.util.Optional;
import java.util.OptionalInt;

/** Column types the reflection tests name often. */
final class Types {
    static final ColumnType INTEGER = new ColumnType.IntegerType(Width.NORMAL);
    static final ColumnType SMALLINT = new ColumnType.IntegerType(Width.SMALL);
    static final ColumnType BIGINT = new ColumnType.IntegerType(Width.BIG);
    static final ColumnType TEXT = new ColumnType.TextType(Optional.empty());

    private Types() {
    }

    static ColumnType varchar(int length) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.empty());
    }

    static ColumnType numeric(int precision, int scale) {
        return new ColumnType.NumericType(OptionalInt.of(precision), OptionalInt.of(scale));
    }
}
