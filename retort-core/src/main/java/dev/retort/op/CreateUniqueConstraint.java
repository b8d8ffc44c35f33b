package dev.retort.op;

import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Adds a unique constraint with {@code ALTER TABLE ... ADD CONSTRAINT}. */
public record CreateUniqueConstraint(QualifiedName table, UniqueConstraint constraint) implements Operation {

    public CreateUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateUniqueConstraint(this);
    }

    /** Dropping the constraint by name, carrying its definition; an unnamed one cannot be dropped. */
    @Override
    public Optional<Operation> reverse() {
        return DropConstraint.of(table, constraint);
    }
}
