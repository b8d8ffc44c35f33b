package dev.retort.schema;

import java.util.List;
import java.util.Optional;

/** The primary key of a table: its columns, in key order. */
public record PrimaryKey(Optional<String> name, List<String> columns) implements Constraint {

    public PrimaryKey {
        name = Names.requireOptional(name, "primary key name");
        columns = Names.requireList(columns, "primary key " + name.orElse("(unnamed)"));
    }

    /** An unnamed primary key. */
    public static PrimaryKey of(String... columns) {
        return new PrimaryKey(Optional.empty(), List.of(columns));
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.PRIMARY_KEY;
    }
}
