package dev.retort.op;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Adds a foreign key from the table with {@code ALTER TABLE ... ADD CONSTRAINT}. */
public record CreateForeignKey(QualifiedName table, ForeignKey foreignKey) implements Operation {

    public CreateForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateForeignKey(this);
    }

    /** Dropping the constraint by name, carrying its definition; an unnamed one cannot be dropped. */
    @Override
    public Optional<Operation> reverse() {
        return DropConstraint.of(table, foreignKey);
    }
}
