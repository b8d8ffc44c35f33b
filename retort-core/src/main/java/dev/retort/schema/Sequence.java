package dev.retort.schema;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A sequence: a named counter in the database ({@code CREATE SEQUENCE}). Unset numbers are the
 * database's defaults (start at 1, step 1, no bounds beyond the type's, no cycling), so that a sequence
 * declared with defaults equals the same sequence read back from any database. Start from
 * {@link #of(QualifiedName)} and set what differs: {@code Sequence.of(name).start(1000).increment(10)}.
 */
public record Sequence(
        QualifiedName name,
        OptionalLong start,
        OptionalLong increment,
        OptionalLong minValue,
        OptionalLong maxValue,
        boolean cycle) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start of sequence " + name);
        Objects.requireNonNull(increment, "increment of sequence " + name);
        Objects.requireNonNull(minValue, "minValue of sequence " + name);
        Objects.requireNonNull(maxValue, "maxValue of sequence " + name);
        if (increment.isPresent() && increment.getAsLong() == 0) {
            throw new SchemaDefinitionException("sequence " + name, "the increment must not be 0");
        }
        if (minValue.isPresent() && maxValue.isPresent() && minValue.getAsLong() > maxValue.getAsLong()) {
            throw new SchemaDefinitionException("sequence " + name, "its minimum " + minValue.getAsLong()
                    + " is above its maximum " + maxValue.getAsLong());
        }
    }

    /** A sequence with the database's defaults. */
    public static Sequence of(QualifiedName name) {
        return new Sequence(name, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), false);
    }

    /** This sequence starting at {@code value}. */
    public Sequence start(long value) {
        return new Sequence(name, OptionalLong.of(value), increment, minValue, maxValue, cycle);
    }

    /** This sequence stepping by {@code value}, which may be negative but not 0. */
    public Sequence increment(long value) {
        return new Sequence(name, start, OptionalLong.of(value), minValue, maxValue, cycle);
    }

    /** This sequence with {@code value} as its lowest value. */
    public Sequence minValue(long value) {
        return new Sequence(name, start, increment, OptionalLong.of(value), maxValue, cycle);
    }

    /** This sequence with {@code value} as its highest value. */
    public Sequence maxValue(long value) {
        return new Sequence(name, start, increment, minValue, OptionalLong.of(value), cycle);
    }

    /** This sequence wrapping around at its bound ({@code CYCLE}) or not. */
    public Sequence cycle(boolean wraps) {
        return new Sequence(name, start, increment, minValue, maxValue, wraps);
    }

    /**
     * The same sequence with the numbers stated at their defaults left unset, as databases read them back:
     * {@code start(1)} on an ascending sequence from 1 is the sequence without it.
     */
    public Sequence withoutStatedDefaults() {
        boolean ascending = increment.orElse(1) > 0;
        long defaultStart = ascending ? minValue.orElse(1) : maxValue.orElse(-1);
        return new Sequence(name, unless(start, defaultStart), unless(increment, 1),
                ascending ? unless(minValue, 1) : minValue, ascending ? maxValue : unless(maxValue, -1), cycle);
    }

    private static OptionalLong unless(OptionalLong value, long defaultValue) {
        return value.equals(OptionalLong.of(defaultValue)) ? OptionalLong.empty() : value;
    }

    /** The same sequence under another name: in a schema, or renamed. */
    public Sequence withName(QualifiedName newName) {
        return new Sequence(newName, start, increment, minValue, maxValue, cycle);
    }
}
