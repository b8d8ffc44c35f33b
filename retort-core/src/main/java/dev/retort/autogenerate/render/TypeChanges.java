package dev.retort.autogenerate.render;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.BinaryType;
import dev.retort.schema.ColumnType.DoubleType;
import dev.retort.schema.ColumnType.EnumType;
import dev.retort.schema.ColumnType.FloatType;
import dev.retort.schema.ColumnType.IntegerType;
import dev.retort.schema.ColumnType.NumericType;
import dev.retort.schema.ColumnType.StringType;
import dev.retort.schema.ColumnType.TextType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Whether changing a column's type may lose or refuse values: a shorter string, a smaller integer, fewer
 * digits, fewer enum values, or a change to another kind of type that is not a plain widening (an
 * integer to a decimal, a string to text).
 */
final class TypeChanges {

    private TypeChanges() {
    }

    /** Why {@code from} to {@code to} needs review, or empty for a change that keeps every value. */
    static Optional<String> risk(ColumnType from, ColumnType to) {
        if (from.equals(to) || widens(from, to)) {
            return Optional.empty();
        }
        String change = "from " + describe(from) + " to " + describe(to);
        if (narrows(from, to)) {
            return Optional.of("narrows the type " + change + "; values that do not fit are cut or make it fail");
        }
        if (from instanceof EnumType before && to instanceof EnumType after) {
            List<String> removed = before.values().stream().filter(value -> !after.values().contains(value)).toList();
            return removed.isEmpty() ? Optional.empty() : Optional.of("removes the values " + removed
                    + " of the enum; rows holding them make it fail");
        }
        if (from.getClass() == to.getClass()) {
            return Optional.empty();
        }
        return Optional.of("converts the type " + change + "; values that do not convert are lost or make it fail");
    }

    /** The type as a revision writes it: {@code string(50)}. */
    static String describe(ColumnType type) {
        return JavaLayout.flat(new TypeSource(new Imports()).of(type));
    }

    private static boolean widens(ColumnType from, ColumnType to) {
        boolean fromInteger = from instanceof IntegerType;
        boolean toText = to instanceof TextType;
        return fromInteger && (to instanceof NumericType numeric && holdsIntegers(numeric, (IntegerType) from)
                        || to instanceof DoubleType || toText)
                || from instanceof StringType && toText
                || from instanceof FloatType && to instanceof DoubleType;
    }

    private static boolean holdsIntegers(NumericType numeric, IntegerType integer) {
        int digits = switch (integer.width()) {
            case SMALL -> 5;
            case NORMAL -> 10;
            case BIG -> 19;
        };
        return numeric.precision().isEmpty()
                || numeric.precision().getAsInt() - numeric.scale().orElse(0) >= digits;
    }

    private static boolean narrows(ColumnType from, ColumnType to) {
        if (from instanceof StringType before && to instanceof StringType after) {
            return shorter(before.length(), after.length());
        } else if (from instanceof TextType && to instanceof StringType after) {
            return after.length().isPresent();
        } else if (from instanceof BinaryType before && to instanceof BinaryType after) {
            return shorter(before.length(), after.length());
        } else if (from instanceof IntegerType before && to instanceof IntegerType after) {
            return after.width().compareTo(before.width()) < 0;
        } else if (from instanceof NumericType before && to instanceof NumericType after) {
            return fewerDigits(before, after);
        } else if (from instanceof FloatType before && to instanceof FloatType after) {
            return shorter(before.precision(), after.precision());
        }
        return from instanceof DoubleType && to instanceof FloatType;
    }

    private static boolean shorter(OptionalInt before, OptionalInt after) {
        return after.isPresent() && (before.isEmpty() || after.getAsInt() < before.getAsInt());
    }

    private static boolean fewerDigits(NumericType before, NumericType after) {
        if (after.precision().isEmpty()) {
            return false;
        }
        if (before.precision().isEmpty()) {
            return true;
        }
        int beforeScale = before.scale().orElse(0);
        int afterScale = after.scale().orElse(0);
        return afterScale < beforeScale
                || after.precision().getAsInt() - afterScale < before.precision().getAsInt() - beforeScale;
    }
}
