package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DROP SEQUENCE [IF EXISTS]}. With the definition of the sequence being dropped ({@code existing})
 * the drop can be reversed, by creating the sequence again from its start (its current value is lost);
 * without it, it cannot.
 */
public record DropSequence(QualifiedName name, Optional<Sequence> existing, boolean ifExists) implements Operation {

    public DropSequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(existing, "existing");
        existing.filter(definition -> !definition.name().equals(name)).ifPresent(definition -> {
            throw new SchemaDefinitionException("drop_sequence " + name, "the definition given is of sequence "
                    + definition.name());
        });
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropSequence(this);
    }

    /** Creating the sequence again from its definition; {@code IF EXISTS} becomes {@code IF NOT EXISTS}. */
    @Override
    public Optional<Operation> reverse() {
        return existing.map(definition -> new CreateSequence(definition, ifExists));
    }
}
