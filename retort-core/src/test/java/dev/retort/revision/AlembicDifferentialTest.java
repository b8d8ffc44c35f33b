package dev.retort.revision;

import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.rowsAfter;
import static dev.retort.revision.Graphs.stepIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Differential test against Alembic on one fixed graph with several bases, branch points, merges, labels
 * and dependencies (one on a label, one from a root, one across trees), loaded in the order listed.
 *
 * <p>Every expected value below is Alembic's observed answer for this graph, not retort's output:
 * Alembic 1.8.1's {@code RevisionMap}, {@code ScriptDirectory._upgrade_revs}, {@code _downgrade_revs},
 * {@code _stamp_revs}, {@code walk_revisions} and {@code HeadMaintainer} (with current Alembic's
 * {@code _unmerge_to_revisions}), run under ten different {@code PYTHONHASHSEED}s. Only answers that
 * were the same under every seed are kept; version statements are checked only where they did not vary.
 * For errors, the class is retort's and the message starts with Alembic's.
 *
 * <pre>
 * 0a11f0 (core) → 0b22e1 → 1c33d2 ─┬→ 2e55b4 → 2f66a5
 *                 0b22e1 → 1d44c3 (billing) ─┘
 *                          1d44c3 → 6add3b ⇢ 3b8886 ─┐
 * 3a7795 (reports) → 3b8886 ⇢ billing → 4c9977 ───────┴→ 6bee2c
 *                    3b8886 → 4daa68
 * 5ebb59 ⇢ 0b22e1 → 5fcc4a
 * </pre>
 */
class AlembicDifferentialTest {
    private final RevisionGraph graph = RevisionGraph.of(List.of(
            Revision.of("3a7795").withBranchLabels("reports"),
            Revision.of("0b22e1", "0a11f0"),
            Revision.of("6add3b", "1d44c3").withDependsOn("3b8886"),
            Revision.of("0a11f0").withBranchLabels("core"),
            Revision.of("1c33d2", "0b22e1"),
            Revision.of("1d44c3", "0b22e1").withBranchLabels("billing"),
            Revision.of("2e55b4", "1c33d2", "1d44c3"),
            Revision.of("3b8886", "3a7795").withDependsOn("billing"),
            Revision.of("2f66a5", "2e55b4"),
            Revision.of("4c9977", "3b8886"),
            Revision.of("4daa68", "3b8886"),
            Revision.of("5ebb59").withDependsOn("0b22e1"),
            Revision.of("5fcc4a", "5ebb59"),
            Revision.of("6bee2c", "4c9977", "6add3b")));

    @Test
    void headsBasesAndLabels() {
        assertThat(graph.heads()).containsExactly("2f66a5", "4daa68", "5fcc4a", "6bee2c");
        assertThat(graph.realHeads()).containsExactly("2f66a5", "4daa68", "5fcc4a", "6bee2c");
        assertThat(graph.bases()).containsExactly("3a7795", "0a11f0", "5ebb59");
        assertThat(graph.branchLabels("3a7795")).containsExactlyInAnyOrder("reports");
        assertThat(graph.branchLabels("0b22e1")).containsExactlyInAnyOrder("core");
        assertThat(graph.branchLabels("6add3b")).containsExactlyInAnyOrder("billing", "core");
        assertThat(graph.branchLabels("0a11f0")).containsExactlyInAnyOrder("core");
        assertThat(graph.branchLabels("1c33d2")).containsExactlyInAnyOrder("core");
        assertThat(graph.branchLabels("1d44c3")).containsExactlyInAnyOrder("billing", "core");
        assertThat(graph.branchLabels("2e55b4")).containsExactlyInAnyOrder("billing", "core");
        assertThat(graph.branchLabels("3b8886")).containsExactlyInAnyOrder("reports");
        assertThat(graph.branchLabels("2f66a5")).containsExactlyInAnyOrder("billing", "core");
        assertThat(graph.branchLabels("4c9977")).containsExactlyInAnyOrder("reports");
        assertThat(graph.branchLabels("4daa68")).containsExactlyInAnyOrder("reports");
        assertThat(graph.branchLabels("5ebb59")).containsExactlyInAnyOrder();
        assertThat(graph.branchLabels("5fcc4a")).containsExactlyInAnyOrder();
        assertThat(graph.branchLabels("6bee2c")).containsExactlyInAnyOrder("billing", "core", "reports");
    }

    @Test
    void history() {
        assertThat(ids(graph.walk(null, null))).containsExactly("2f66a5", "2e55b4", "1c33d2", "4daa68", "6bee2c",
                "4c9977", "5fcc4a", "5ebb59", "6add3b", "3b8886", "3a7795", "1d44c3", "0b22e1", "0a11f0");
        assertThat(ids(graph.walk("0b22e1", null))).containsExactly("2f66a5", "2e55b4", "1c33d2", "6bee2c", "6add3b",
                "1d44c3", "0b22e1");
        assertFails(() -> graph.walk(null, "reports@head"), MultipleHeadsException.class,
                "Multiple head revisions are present for given argument 'reports@head'; please specify a"
                        + " specific target revision, '<branchname>@reports@head' to narrow to a specific head, or"
                        + " 'heads' for all heads");
        assertThat(ids(graph.walk("core@base", "heads"))).containsExactly("2f66a5", "2e55b4", "1c33d2", "6bee2c",
                "4c9977", "6add3b", "3b8886", "3a7795", "1d44c3", "0b22e1", "0a11f0");
        assertThat(ids(graph.walk("3b88", "heads"))).containsExactly("4daa68", "6bee2c", "4c9977", "3b8886");
        assertFails(() -> graph.walk("0a11", "+2"), RevisionStepException.class, "Ambiguous walk");
        assertThat(ids(graph.walk("2e55", "2f66"))).containsExactly("2f66a5", "2e55b4");
        assertThat(ids(graph.walk("billing@base", "heads"))).containsExactly("2f66a5", "2e55b4", "1c33d2", "6bee2c",
                "4c9977", "6add3b", "3b8886", "3a7795", "1d44c3", "0b22e1", "0a11f0");
        assertThat(ids(graph.walk(null, "6bee"))).containsExactly("6bee2c", "4c9977", "6add3b", "3b8886", "3a7795",
                "1d44c3", "0b22e1", "0a11f0");
        assertFails(() -> graph.walk("-1", "4daa68"), RevisionStepException.class, "Ambiguous walk");
    }

    @Test
    void upgrades() {
        assertUpgrade("heads", List.of(), List.of("0a11f0", "0b22e1", "1d44c3", "3a7795", "3b8886", "6add3b",
                "5ebb59", "5fcc4a", "4c9977", "6bee2c", "4daa68", "1c33d2", "2e55b4", "2f66a5"), List.of("2f66a5",
                "4daa68", "5fcc4a", "6bee2c"), null);
        assertUpgrade("heads", List.of("0b22e1"), List.of("1d44c3", "3a7795", "3b8886", "6add3b", "5ebb59", "5fcc4a",
                "4c9977", "6bee2c", "4daa68", "1c33d2", "2e55b4", "2f66a5"), List.of("2f66a5", "4daa68", "5fcc4a",
                "6bee2c"), null);
        assertUpgrade("2f66a5", List.of(), List.of("0a11f0", "0b22e1", "1d44c3", "1c33d2", "2e55b4", "2f66a5"),
                List.of("2f66a5"), List.of("INSERT 0a11f0", "UPDATE 0a11f0 -> 0b22e1", "UPDATE 0b22e1 -> 1d44c3",
                "INSERT 1c33d2", "DELETE 1c33d2, UPDATE 1d44c3 -> 2e55b4", "UPDATE 2e55b4 -> 2f66a5"));
        assertFails(() -> graph.upgradeSteps("reports@head", List.of()), MultipleHeadsException.class,
                "Multiple head revisions are present for given argument 'reports@head'; please specify a"
                        + " specific target revision, '<branchname>@reports@head' to narrow to a specific head, or"
                        + " 'heads' for all heads");
        assertUpgrade("6bee2c", List.of("2e55b4"), List.of("3a7795", "3b8886", "6add3b", "4c9977", "6bee2c"),
                List.of("2e55b4", "6bee2c"), null);
        assertUpgrade("billing@+1", List.of("0b22e1"), List.of("1d44c3"), List.of("1d44c3"),
                List.of("UPDATE 0b22e1 -> 1d44c3"));
        assertUpgrade("+1", List.of("2e55b4"), List.of("2f66a5"), List.of("2f66a5"),
                List.of("UPDATE 2e55b4 -> 2f66a5"));
        assertUpgrade("5fcc", List.of("1c33d2"), List.of("5ebb59", "5fcc4a"), List.of("1c33d2", "5fcc4a"),
                List.of("INSERT 5ebb59", "UPDATE 5ebb59 -> 5fcc4a"));
        assertUpgrade("heads", List.of("1d44c3", "3a7795"), List.of("3b8886", "6add3b", "5ebb59", "5fcc4a", "4c9977",
                "6bee2c", "4daa68", "1c33d2", "2e55b4", "2f66a5"), List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"),
                null);
        assertUpgrade("4c99+1", List.of("4c9977"), List.of("6add3b", "6bee2c"), List.of("6bee2c"),
                List.of("INSERT 6add3b", "DELETE 4c9977, UPDATE 6add3b -> 6bee2c"));
    }

    @Test
    void downgrades() {
        assertDowngrade("base", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("2f66a5", "2e55b4",
                "1c33d2", "4daa68", "6bee2c", "4c9977", "5fcc4a", "5ebb59", "6add3b", "3b8886", "3a7795", "1d44c3",
                "0b22e1", "0a11f0"), List.of(), null);
        assertDowngrade("core@base", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("2f66a5", "2e55b4",
                "1c33d2", "4daa68", "6bee2c", "4c9977", "5fcc4a", "5ebb59", "6add3b", "3b8886", "1d44c3", "0b22e1",
                "0a11f0"), List.of("3a7795"), null);
        assertDowngrade("reports@base", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("4daa68", "6bee2c",
                "4c9977", "6add3b", "3b8886", "3a7795"), List.of("2f66a5", "5fcc4a"), null);
        assertDowngrade("0b22e1", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("2f66a5", "2e55b4",
                "1c33d2", "4daa68", "6bee2c", "4c9977", "6add3b", "3b8886", "1d44c3"), List.of("3a7795", "5fcc4a"),
                null);
        assertDowngrade("1d44c3", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("2f66a5", "2e55b4",
                "6bee2c", "6add3b"), List.of("1c33d2", "4c9977", "4daa68", "5fcc4a"), null);
        assertFails(() -> graph.downgradeSteps("-1", List.of("6bee2c", "2f66a5")), RevisionStepException.class,
                "Ambiguous walk");
        assertDowngrade("3b8886", List.of("6bee2c", "4daa68"), List.of("4daa68", "6bee2c", "4c9977"),
                List.of("6add3b"), null);
        assertFails(() -> graph.downgradeSteps("base+2", List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c")),
                RevisionStepException.class, "Ambiguous walk");
    }

    @Test
    void stamps() {
        assertStamp(List.of("heads"), List.of(), List.of(new StampStep(List.of(), List.of("2f66a5"), true, true),
                new StampStep(List.of(), List.of("4daa68"), true, true), new StampStep(List.of(), List.of("5fcc4a"),
                true, true), new StampStep(List.of(), List.of("6bee2c"), true, true)), List.of("2f66a5", "4daa68",
                "5fcc4a", "6bee2c"), List.of("INSERT 2f66a5", "INSERT 4daa68", "INSERT 5fcc4a", "INSERT 6bee2c"));
        assertStamp(List.of("0b22e1"), List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"),
                List.of(new StampStep(List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"), List.of("0b22e1"), false,
                false)), List.of("0b22e1"),
                List.of("DELETE 2f66a5, DELETE 4daa68, DELETE 5fcc4a, UPDATE 6bee2c -> 0b22e1"));
        assertFails(() -> graph.stampSteps(List.of("billing@head"), List.of("1d44c3", "4daa68"), false),
                MultipleHeadsException.class,
                "Multiple heads are present; please specify a single target revision");
        assertStamp(List.of("base"), List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"),
                List.of(new StampStep(List.of("2f66a5"), List.of(), false, true), new StampStep(List.of("4daa68"),
                List.of(), false, true), new StampStep(List.of("5fcc4a"), List.of(), false, true),
                new StampStep(List.of("6bee2c"), List.of(), false, true)), List.of(), List.of("DELETE 2f66a5",
                "DELETE 4daa68", "DELETE 5fcc4a", "DELETE 6bee2c"));
        assertStamp(List.of("3b8886", "2f66a5"), List.of("0b22e1"), List.of(new StampStep(List.of("0b22e1"),
                List.of("3b8886"), true, false), new StampStep(List.of("0b22e1"), List.of("2f66a5"), true, false)),
                List.of("2f66a5", "3b8886"), List.of("UPDATE 0b22e1 -> 3b8886", "INSERT 2f66a5"));
        assertStamp(List.of("reports@base"), List.of("2f66a5", "4daa68", "5fcc4a", "6bee2c"),
                List.of(new StampStep(List.of("4daa68"), List.of(), false, true), new StampStep(List.of("6bee2c"),
                List.of(), false, true)), List.of("2f66a5", "5fcc4a"), List.of("DELETE 4daa68", "DELETE 6bee2c"));
    }

    private void assertUpgrade(String destination, List<String> rows, List<String> steps, List<String> after,
            List<String> statements) {
        assertSteps(graph.upgradeSteps(destination, rows), rows, steps, after, statements);
    }

    private void assertDowngrade(String destination, List<String> rows, List<String> steps, List<String> after,
            List<String> statements) {
        assertSteps(graph.downgradeSteps(destination, rows), rows, steps, after, statements);
    }

    private void assertSteps(List<MigrationStep> planned, List<String> rows, List<String> steps, List<String> after,
            List<String> statements) {
        assertThat(stepIds(planned)).isEqualTo(steps);
        if (after != null) {
            assertThat(rowsAfter(graph, rows, planned)).containsExactlyInAnyOrderElementsOf(after);
        }
        if (statements != null) {
            assertThat(statementsPerStep(rows, planned)).isEqualTo(statements);
        }
    }

    private void assertStamp(List<String> destinations, List<String> rows, List<StampStep> steps, List<String> after,
            List<String> statements) {
        List<StampStep> planned = graph.stampSteps(destinations, rows, false);
        assertThat(planned).isEqualTo(steps);
        assertThat(rowsAfter(graph, rows, planned)).containsExactlyInAnyOrderElementsOf(after);
        if (statements != null) {
            assertThat(statementsPerStep(rows, planned)).isEqualTo(statements);
        }
    }

    private List<String> statementsPerStep(List<String> rows, List<? extends VersionStep> steps) {
        VersionHeads heads = graph.versionHeads(rows);
        List<String> result = new java.util.ArrayList<>();
        for (VersionStep step : steps) {
            Transition transition = heads.apply(step);
            result.add(String.join(", ", Graphs.sql(transition.changes())));
            heads = transition.heads();
        }
        return result;
    }

    private static void assertFails(ThrowingCallable call, Class<? extends RevisionException> type, String alembic) {
        assertThatThrownBy(call).isInstanceOf(type).hasMessageStartingWith(alembic);
    }
}
