package dev.retort.op;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Adds the primary key with {@code ALTER TABLE ... ADD CONSTRAINT}. */
public record CreatePrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements Operation {

    public CreatePrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreatePrimaryKey(this);
    }

    /** Dropping the constraint by name, carrying its definition; an unnamed one cannot be dropped. */
    @Override
    public Optional<Operation> reverse() {
        return DropConstraint.of(table, primaryKey);
    }
}
