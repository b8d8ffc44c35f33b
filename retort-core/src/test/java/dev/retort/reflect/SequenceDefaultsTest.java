package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Sequences read with every number filled in keep only the numbers that are not the defaults. */
class SequenceDefaultsTest {
    private static final QualifiedName NAME = QualifiedName.of("counter");

    @Test
    void anAscendingSequenceWithTheDefaultsHasNoNumbers() {
        assertThat(SequenceDefaults.normalised(NAME, 1, 1, 1, Long.MAX_VALUE, false, SequenceDefaults.Bounds.BIGINT))
                .isEqualTo(Sequence.of(NAME));
    }

    @Test
    void aDescendingSequenceWithTheDefaultsHasOnlyItsIncrement() {
        assertThat(SequenceDefaults.normalised(NAME, -1, -1, Long.MIN_VALUE, -1, false, SequenceDefaults.Bounds.BIGINT))
                .isEqualTo(new Sequence(NAME, OptionalLong.empty(), OptionalLong.of(-1), OptionalLong.empty(),
                        OptionalLong.empty(), false));
    }

    @Test
    void anIntegerSequenceUpToTheIntegerMaximumHasNoMaximum() {
        assertThat(SequenceDefaults.normalised(NAME, 5, 1, 5, Integer.MAX_VALUE, true,
                SequenceDefaults.Bounds.ofType("integer")))
                .isEqualTo(new Sequence(NAME, OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(5),
                        OptionalLong.empty(), true));
    }
}
