package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Names;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.UniqueConstraint;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ALTER TABLE ... DROP CONSTRAINT [IF EXISTS] name}. The kind is optional as in Alembic, but MySQL
 * needs it; it is taken from {@code existing}, the definition of the constraint, when that is given.
 * With the definition the drop can be reversed.
 */
public record DropConstraint(QualifiedName table, String name, Optional<ConstraintKind> kind,
        Optional<Constraint> existing, boolean ifExists) implements Operation {

    public DropConstraint {
        Objects.requireNonNull(table, "table");
        Names.require(name, "constraint to drop from " + table);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(existing, "existing");
        String subject = "drop_constraint " + name + " on " + table;
        if (existing.isPresent()) {
            Constraint definition = existing.get();
            if (!definition.name().equals(Optional.of(name))) {
                throw new SchemaDefinitionException(subject, "the definition given is of constraint "
                        + definition.name().orElse("(unnamed)"));
            }
            if (kind.isPresent() && kind.get() != definition.kind()) {
                throw new SchemaDefinitionException(subject, "the kind is " + kind.get()
                        + " but the definition given is a " + definition.kind());
            }
            kind = Optional.of(definition.kind());
        }
    }

    /** Dropping {@code constraint} by its name, carrying it; empty for an unnamed constraint. */
    public static Optional<Operation> of(QualifiedName table, Constraint constraint) {
        return constraint.name().map(name -> new DropConstraint(table, name, Optional.of(constraint.kind()),
                Optional.of(constraint), false));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropConstraint(this);
    }

    /** Creating the constraint again; {@code IF EXISTS} has no counterpart when creating constraints. */
    @Override
    public Optional<Operation> reverse() {
        return existing.map(definition -> creating(table, definition));
    }

    /** The operation that adds {@code constraint} to {@code table}. */
    public static Operation creating(QualifiedName table, Constraint constraint) {
        if (constraint instanceof PrimaryKey primaryKey) {
            return new CreatePrimaryKey(table, primaryKey);
        } else if (constraint instanceof UniqueConstraint unique) {
            return new CreateUniqueConstraint(table, unique);
        } else if (constraint instanceof ForeignKey foreignKey) {
            return new CreateForeignKey(table, foreignKey);
        }
        return new CreateCheckConstraint(table, (CheckConstraint) constraint);
    }
}
