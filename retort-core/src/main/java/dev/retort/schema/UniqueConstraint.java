package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/** A unique constraint over one or more columns. */
public record UniqueConstraint(Optional<String> name, List<String> columns) implements Constraint {

    public UniqueConstraint {
        name = Names.requireOptional(name, "unique constraint name");
        columns = Names.requireList(columns, "unique constraint " + name.orElse("(unnamed)"));
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.UNIQUE;
    }
}
