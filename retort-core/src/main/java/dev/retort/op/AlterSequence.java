package dev.retort.op;

import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER SEQUENCE}: gives a sequence the start, step, bounds and cycling of {@code sequence}. With
 * the definition it has now ({@code existing}) only what differs is written, a number going back to the
 * database's default is written as that default, and the alteration can be reversed; without it every
 * number {@code sequence} sets is written. The value the sequence has reached is kept.
 */
public record AlterSequence(Sequence sequence, Optional<Sequence> existing) implements Operation {

    public AlterSequence {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(existing, "existing");
        existing.filter(definition -> !definition.name().equals(sequence.name())).ifPresent(definition -> {
            throw new SchemaDefinitionException("alter_sequence " + sequence.name(), "the existing definition given"
                    + " is of sequence " + definition.name());
        });
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterSequence(this);
    }

    /** Giving the sequence its existing definition back. */
    @Override
    public Optional<Operation> reverse() {
        return existing.map(definition -> new AlterSequence(definition, Optional.of(sequence)));
    }
}
