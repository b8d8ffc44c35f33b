package dev.retort.runtime;

import dev.retort.revision.MigrationStep;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.VersionStep;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A revision a run started, as {@link RunProgress} recorded it: unfinished when the run stopped, or failed after
 * part of it was applied.
 */
public record UnfinishedRevision(String revision, boolean upgrade, String started, String runBy, String table,
        boolean schemaChangesRollBack) {

    /** Why the run that found this record does not go on, and what to do. */
    public MigrationException refusal(RevisionGraph graph, List<String> rows) {
        return new MigrationException(state() + ". Nothing was run.\n" + remedy(graph, rows));
    }

    /** What {@code current} says besides the version {@code rows}. */
    public String warning(RevisionGraph graph, List<String> rows) {
        return state() + "; upgrade and downgrade refuse to run until a stamp. " + remedy(graph, rows);
    }

    /** The arguments of a {@code stamp} that leaves the version table holding {@code rows}. */
    static String stampOf(List<String> rows) {
        return rows.isEmpty() ? "base" : String.join(" ", rows);
    }

    /**
     * The arguments of a stamp that leaves the version table as {@code step} would have left {@code rows}: the
     * step's own revisions where the step only replaces its own rows with them (a stamp moves the row of each
     * line it names and keeps the others), else every row after the step with {@code --purge}: {@code stamp
     * base} would empty the table, and a stamp to parents another row already reaches would drop that row.
     */
    static String stampAfter(RevisionGraph graph, VersionStep step, List<String> rows) {
        String own = stampOf(step.toRevisions());
        try {
            List<String> after = graph.versionHeads(rows).apply(step).heads().rows();
            Set<String> replaced = new HashSet<>(rows);
            replaced.removeAll(step.fromRevisions());
            replaced.addAll(step.toRevisions());
            return after.isEmpty() ? "base" : !step.toRevisions().isEmpty() && Set.copyOf(after).equals(replaced)
                    ? own : "--purge " + stampOf(after);
        } catch (RuntimeException e) {
            return own;
        }
    }

    private String state() {
        String direction = upgrade ? "upgrade" : "downgrade";
        return "A run did not finish the " + direction + " of revision " + revision + " (started " + started
                + " by " + runBy + "): it stopped or failed part way, and " + (schemaChangesRollBack
                        ? "part of it ran outside a transaction (op.autocommitBlock, or a section marked"
                                + " transaction=false)"
                        : "this database commits each schema change by itself")
                + ", so part of that " + direction + " may be applied while the version table"
                + " says the revision is " + (upgrade ? "not" : "still") + " applied";
    }

    // Undone by hand, the database is where the version rows say (the stamp clears the record); stamping the
    // revision's parents instead would drop the rows of other branches, which the next run would apply again.
    private String remedy(RevisionGraph graph, List<String> rows) {
        String before = stampOf(rows);
        String after = graph.contains(revision) ? stampAfter(graph, upgrade
                ? MigrationStep.upgrade(graph.get(revision)) : MigrationStep.downgrade(graph.get(revision)), rows)
                : upgrade ? revision : "<revision>";
        return "Compare the schema with the revision, then either undo what was applied by hand and run"
                + " 'retort stamp " + before + "', or complete the rest by hand and run 'retort stamp " + after
                + "'. The stamp clears this record (" + table + ").";
    }
}
