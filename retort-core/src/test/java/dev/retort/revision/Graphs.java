package dev.retort.revision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Small builders and renderers for graph tests. */
final class Graphs {
    private Graphs() {
    }

    static Revision rev(String id, String... parents) {
        return Revision.of(id, parents);
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(Arrays.asList(revisions));
    }

    static List<String> ids(Collection<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    static List<String> stepIds(List<MigrationStep> steps) {
        return steps.stream().map(MigrationStep::id).toList();
    }

    /** {@code INSERT a}, {@code UPDATE a -> b}, {@code DELETE a}. */
    static List<String> sql(List<VersionChange> changes) {
        List<String> lines = new ArrayList<>();
        for (VersionChange change : changes) {
            if (change instanceof VersionChange.Insert insert) {
                lines.add("INSERT " + insert.id());
            } else if (change instanceof VersionChange.Update update) {
                lines.add("UPDATE " + update.from() + " -> " + update.to());
            } else if (change instanceof VersionChange.Delete delete) {
                lines.add("DELETE " + delete.id());
            }
        }
        return lines;
    }

    /** The rows left after applying {@code steps} to {@code rows}. */
    static List<String> rowsAfter(RevisionGraph graph, Collection<String> rows, List<? extends VersionStep> steps) {
        return graph.versionHeads(rows).applyAll(steps).rows();
    }

    /** Per step, its revision (or stamp log) and the statements it issues, starting from {@code rows}. */
    static List<String> trace(RevisionGraph graph, Collection<String> rows, List<? extends VersionStep> steps) {
        List<String> lines = new ArrayList<>();
        VersionHeads heads = graph.versionHeads(rows);
        for (VersionStep step : steps) {
            Transition transition = heads.apply(step);
            String name = step instanceof MigrationStep migration ? migration.id() : step.shortLog();
            lines.add(name + ": " + String.join("; ", sql(transition.changes())));
            heads = transition.heads();
        }
        return lines;
    }
}
