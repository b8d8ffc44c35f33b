package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/** What a step does to the version table: the statements in order, and the rows they leave. */
public record Transition(VersionHeads heads, List<VersionChange> changes) {

    public Transition {
        Objects.requireNonNull(heads, "heads");
        changes = List.copyOf(changes);
    }

    /** The rows after the step. */
    public List<String> rows() {
        return heads.rows();
    }
}
