package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Adds a check constraint with {@code ALTER TABLE ... ADD CONSTRAINT}. */
public record CreateCheckConstraint(QualifiedName table, CheckConstraint constraint) implements Operation {

    public CreateCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateCheckConstraint(this);
    }

    /** Dropping the constraint by name, carrying its definition; an unnamed one cannot be dropped. */
    @Override
    public Optional<Operation> reverse() {
        return DropConstraint.of(table, constraint);
    }
}
