package dev.retort.schema;

import java.util.Optional;

/** A check constraint: a SQL condition every row must satisfy, written as it is. */
public record CheckConstraint(Optional<String> name, String condition) implements Constraint {

    public CheckConstraint {
        name = Names.requireOptional(name, "check constraint name");
        Names.requireText(condition, "condition of check constraint " + name.orElse("(unnamed)"));
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.CHECK;
    }
}
