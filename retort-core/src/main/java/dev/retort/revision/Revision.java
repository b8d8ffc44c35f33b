package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/**
 * One node of the revision graph as its file declares it: the id, its parents ({@code revises}), the
 * branch labels it declares and the revisions or labels it depends on. Pure data; the graph derives
 * everything else (children, propagated labels, normalised dependencies).
 */
public record Revision(String id, List<String> downRevisions, List<String> branchLabels, List<String> dependsOn) {

    public Revision {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** A revision with the given parents and no labels or dependencies. */
    public static Revision of(String id, String... downRevisions) {
        return new Revision(id, List.of(downRevisions), List.of(), List.of());
    }

    public Revision withBranchLabels(String... labels) {
        return new Revision(id, downRevisions, List.of(labels), dependsOn);
    }

    public Revision withDependsOn(String... dependencies) {
        return new Revision(id, downRevisions, branchLabels, List.of(dependencies));
    }

    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }
}
