package dev.retort.command;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The upgrade and downgrade of a new revision when they are written for the user, and their imports. */
public record RevisionBodies(Optional<String> upgrade, Optional<String> downgrade, List<String> imports) {

    /** Empty bodies: what the template writes for a revision made by hand. */
    public static final RevisionBodies EMPTY = new RevisionBodies(Optional.empty(), Optional.empty(), List.of());

    public RevisionBodies {
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        imports = List.copyOf(imports);
    }
}
