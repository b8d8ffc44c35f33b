package dev.retort.op;

import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CREATE SEQUENCE [IF NOT EXISTS]} with the sequence's start, step, bounds and cycling, where they
 * differ from the database's defaults. Databases without sequences (MySQL, SQLite) refuse it.
 */
public record CreateSequence(Sequence sequence, boolean ifNotExists) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateSequence(this);
    }

    /** Dropping the sequence, carrying its definition; {@code IF NOT EXISTS} becomes {@code IF EXISTS}. */
    @Override
    public Optional<Operation> reverse() {
        return Optional.of(new DropSequence(sequence.name(), Optional.of(sequence), ifNotExists));
    }
}
