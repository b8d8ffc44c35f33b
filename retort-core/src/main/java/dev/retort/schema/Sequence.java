package dev.retort.schema;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A sequence: a named counter in the database ({@code CREATE SEQUENCE}). Unset numbers are the
 * database's defaults (start at 1, step 1, no bounds beyond the type's, no cycling), so that a sequence
 * declared with defaults equals the same sequence read back from any database.
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
}
