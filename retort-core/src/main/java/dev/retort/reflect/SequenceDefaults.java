package dev.retort.reflect;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import java.util.OptionalLong;

/**
 * A sequence as a database reports it, every number filled in, made into a {@link Sequence} whose unset
 * numbers are the defaults: step 1; ascending from 1 up to the type's maximum, or descending from -1
 * down to its minimum; starting at the minimum when ascending, at the maximum when descending.
 */
final class SequenceDefaults {

    /** The range a sequence's type allows by default. */
    record Bounds(long minimum, long maximum) {
        static final Bounds BIGINT = new Bounds(Long.MIN_VALUE, Long.MAX_VALUE);

        /** The bounds of {@code integer}, {@code smallint} or (otherwise) {@code bigint}. */
        static Bounds ofType(String type) {
            if (type == null) {
                return BIGINT;
            }
            return switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "integer", "int", "int4" -> new Bounds(Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "smallint", "int2" -> new Bounds(Short.MIN_VALUE, Short.MAX_VALUE);
                case "tinyint" -> new Bounds(Byte.MIN_VALUE, Byte.MAX_VALUE);
                default -> BIGINT;
            };
        }
    }

    private SequenceDefaults() {
    }

    static Sequence normalised(QualifiedName name, long start, long increment, long minimum, long maximum,
            boolean cycle, Bounds bounds) {
        boolean ascending = increment > 0;
        long defaultMinimum = ascending ? 1 : bounds.minimum();
        long defaultMaximum = ascending ? bounds.maximum() : -1;
        long defaultStart = ascending ? minimum : maximum;
        return new Sequence(name, unless(start, defaultStart), unless(increment, 1), unless(minimum, defaultMinimum),
                unless(maximum, defaultMaximum), cycle);
    }

    private static OptionalLong unless(long value, long defaultValue) {
        return value == defaultValue ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
