package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.rev;
import static dev.retort.revision.Graphs.stepIds;
import static dev.retort.revision.MigrationPathTest.assertDowngrade;
import static dev.retort.revision.MigrationPathTest.assertUpgrade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Merge points and dependencies, ported from Alembic's {@code test_version_traversal}; the expected
 * steps and rows are Alembic's.
 */
class MergeAndDependencyPathTest {

    /** a1 → b1 → c1 ─┬→ d1;  a2 → b2 → c2 ─┴→ d1, and c2 → d2. */
    @Test
    void versionRowsOfWhichOneDependsOnAnotherAreRefusedWithTheStampThatSetsThemRight() {
        RevisionGraph graph = graph(rev("a"), rev("b").withDependsOn("a"), rev("c"));
        assertThatThrownBy(() -> graph.upgradeSteps("heads", List.of("a", "b", "c")))
                .isInstanceOf(RevisionStepException.class)
                .hasMessage("Requested revision b overlaps with other requested revisions a (b depends on a): the"
                        + " version table holds both, where the later alone stands for them; set it right with"
                        + " 'stamp --purge b c'");
    }

    @Test
    void branchFromAMergePointMovesOnlyOneSide() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("d1", "c1", "c2"), rev("d2", "c2"));
        assertUpgrade(graph, "d1", List.of("d2", "b1"), List.of("c1", "d1"), "d2", "d1");
        assertDowngrade(graph, "b1", List.of("d2", "d1"), List.of("d1", "c1"), "d2", "b1");
    }

    /** Three lines a, b, c merged into d1; c2 → d2 and c3 → d3 carry on. */
    @Test
    void branchFromAThreeWayMergePoint() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("c1", "b1"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2"), rev("a3"), rev("b3", "a3"), rev("c3", "b3"), rev("d1", "c1", "c2", "c3"),
                rev("d2", "c2"), rev("d3", "c3"));
        assertUpgrade(graph, "d1", List.of("d3", "d2", "b1"), List.of("c1", "d1"), "d3", "d2", "d1");
        assertDowngrade(graph, "b1", List.of("d3", "d2", "d1"), List.of("d1", "c1"), "d3", "d2", "b1");
        assertUpgrade(graph, "d1", List.of("d3", "b2", "b1"), List.of("c2", "c1", "d1"), "d3", "d1");
        assertUpgrade(graph, "d2", List.of("d3", "d1"), List.of("d2"), "d3", "d2", "d1");
    }

    /** Alembic TwinMergeTest (#297): c1 and c2 both merge b1, b2, b3. */
    @Test
    void twinMergesFromTheSameBranches() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"),
                rev("c1", "b1", "b2", "b3"), rev("c2", "b1", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertRowsAfterEachUpgrade(graph, List.of("a"), new String[][] {
            {"b3", "b3"}, {"b1", "b1", "b3"}, {"b2", "b1", "b2", "b3"}, {"c2", "c2"}, {"d2", "d2"},
            {"c1", "c1", "d2"}, {"d1", "d1", "d2"},
        });
    }

    /** Alembic NotQuiteTwinMergeTest: c1 merges b1, b2; c2 merges b2, b3. */
    @Test
    void overlappingMerges() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("b3", "a"), rev("c1", "b1", "b2"),
                rev("c2", "b2", "b3"), rev("d1", "c1"), rev("d2", "c2"));
        assertRowsAfterEachUpgrade(graph, List.of("a"), new String[][] {
            {"b2", "b2"}, {"b3", "b2", "b3"}, {"c2", "c2"}, {"d2", "d2"}, {"b1", "b1", "d2"}, {"c1", "c1", "d2"},
            {"d1", "d1", "d2"},
        });
    }

    /**
     * <pre>
     * a1 (lib1) → b1 → c1 → d1 → e1 → f1
     * a2 → b2 → c2 ⇢ c1
     * </pre>
     */
    @Nested
    class DependsOnBranchOne {
        private final RevisionGraph graph = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"), rev("c1", "b1"),
                rev("a2"), rev("b2", "a2"), rev("c2", "b2").withDependsOn("c1"), rev("d1", "c1"), rev("e1", "d1"),
                rev("f1", "e1"));

        @Test
        void downgradingToADependencyDropsTheRow() {
            Transition transition = graph.versionHeads(List.of("c2", "d1"))
                    .apply(MigrationStep.downgrade(graph.get("d1")));
            assertThat(transition.rows()).containsExactly("c2");
            assertThat(Graphs.sql(transition.changes())).containsExactly("DELETE d1");
        }

        @Test
        void stampAcrossADependency() {
            List<String> rows = List.of("e1", "c2");
            assertThat(Graphs.rowsAfter(graph, rows, graph.stampSteps(List.of("b1"), rows, false)))
                    .containsExactly("b1");
        }
    }

    /**
     * Alembic DependsOnBranchTestTwo ("kaboom"): three merges, and d1 depending on one parent of each.
     *
     * <pre>
     * a1, a2, a3 → amerge;   b1, b2 → bmerge;   c1, c2, c3 → cmerge
     * d1 ⇢ a3, b2, c1
     * </pre>
     */
    @Test
    void threeWayDependenciesOnMergedBranches() {
        RevisionGraph graph = graph(rev("a1"), rev("a2"), rev("a3"), rev("amerge", "a1", "a2", "a3"), rev("b1"),
                rev("b2"), rev("bmerge", "b1", "b2"), rev("c1"), rev("c2"), rev("c3"), rev("cmerge", "c1", "c2", "c3"),
                rev("d1").withDependsOn("a3", "b2", "c1"));
        assertDowngrade(graph, "b2", List.of("amerge", "bmerge", "cmerge", "d1"), List.of("bmerge"),
                "amerge", "b1", "cmerge", "d1");
        assertDowngrade(graph, "d1@base", List.of("amerge", "d1", "b1", "cmerge"), List.of("d1"),
                "amerge", "b1", "b2", "cmerge");
        assertDowngrade(graph, "base", List.of("amerge", "b1", "b2", "cmerge"),
                List.of("amerge", "a1", "b1", "b2", "cmerge", "c1", "a2", "a3", "c2", "c3"));
    }

    /** Alembic DependsOnBranchTestThree (#377): a criss-cross of dependencies. */
    @Test
    void downgradeOverACrissCross() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("b1"), rev("b2", "b1").withDependsOn("a2"),
                rev("b3", "b2"), rev("a3", "a2").withDependsOn("b1"));
        assertDowngrade(graph, "b1", List.of("a3", "b2"), List.of("b2"), "a3");
    }

    /** Alembic DependsOnOwnDownrevTest (#843): a2 depends on its own parent. */
    @Test
    void dependingOnTheOwnParent() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1").withDependsOn("a1"));
        assertUpgrade(graph, "a2", List.of(), List.of("a1", "a2"), "a2");
        assertDowngrade(graph, "a1", List.of("a2"), List.of("a2"), "a1");
    }

    /** Alembic DependsOnBranchTestFour (#789): b4's dependency is implied by b2. */
    @Test
    void normalisedDependencyIsNotRestored() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"));
        assertDowngrade(graph, "b3", List.of("b4"), List.of("b4"), "b3");
    }

    /** Alembic DependsOnBranchTestFive (#1373, current Alembic): a merge of a1 and b1, which depends on a1. */
    @Test
    void unmergeThroughADependencyLeavesNoRedundantRow() {
        RevisionGraph graph = graph(rev("a1"), rev("b1").withDependsOn("a1"), rev("bmerge", "a1", "b1"));
        assertUpgrade(graph, "b1", List.of("a1"), List.of("b1"), "b1");
        assertUpgrade(graph, "bmerge", List.of("b1"), List.of("bmerge"), "bmerge");
        assertDowngrade(graph, "a1", List.of("bmerge"), List.of("bmerge"), "b1");
        assertDowngrade(graph, "b1", List.of("bmerge"), List.of("bmerge"), "b1");
    }

    /** Alembic DependsOnBranchLabelTest: c2 depends on the label of c1. */
    @Test
    void dependencyOnALabelPullsInThatLine() {
        RevisionGraph graph = graph(rev("a1").withBranchLabels("lib1"), rev("b1", "a1"),
                rev("c1", "b1").withBranchLabels("c1lib"), rev("a2"), rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("c1lib"), rev("d1", "c1"), rev("e1", "d1"), rev("f1", "e1"));
        assertUpgrade(graph, "c2", List.of("a2"), List.of("a1", "b1", "c1", "b2", "c2"), "c2");
    }

    /** Alembic ForestTest: two trees; the later head in map order is upgraded first. */
    @Test
    void forestUpgradesTreeByTree() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(stepIds(graph.upgradeSteps("heads", List.of()))).containsExactly("a2", "b2", "a1", "b1");
    }

    /**
     * Alembic MergedPathTest.
     *
     * <pre>
     * a → b → c1 → d1 ─┬→ e → f
     *     b → c2 (c2branch) → d2 ─┘
     * </pre>
     *
     * Steps are Alembic's; which of d1 and d2 the merge deletes depends on Python's hashing in Alembic, so
     * the statements follow our rule (delete all but the last parent, update the last; unmerge back to the
     * last parent).
     */
    @Test
    void upgradeAndDowngradeAcrossAMergePoint() {
        RevisionGraph graph = MergedPath.graph();
        List<MigrationStep> up = graph.upgradeSteps("f", List.of("b"));
        assertThat(stepIds(up)).containsExactly("c2", "d2", "c1", "d1", "e", "f");
        assertThat(Graphs.trace(graph, List.of("b"), up)).containsExactly(
                "c2: UPDATE b -> c2", "d2: UPDATE c2 -> d2", "c1: INSERT c1", "d1: UPDATE c1 -> d1",
                "e: DELETE d1; UPDATE d2 -> e", "f: UPDATE e -> f");
        List<MigrationStep> down = graph.downgradeSteps("b", List.of("f"));
        assertThat(stepIds(down)).containsExactly("f", "e", "d1", "c1", "d2", "c2");
        assertThat(Graphs.trace(graph, List.of("f"), down)).containsExactly(
                "f: UPDATE f -> e", "e: INSERT d1; UPDATE e -> d2", "d1: UPDATE d1 -> c1", "c1: DELETE c1",
                "d2: UPDATE d2 -> c2", "c2: UPDATE c2 -> b");
    }

    /** Alembic BranchedPathTestCrossDependencies: d2 depends on c1. */
    @Test
    void downgradingABranchOthersDependOnTakesThemDownToo() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2").withDependsOn("c1"));
        assertDowngrade(graph, "c2branch@b", List.of("d1", "d2"), List.of("d2", "c2"), "d1");
        List<MigrationStep> steps = graph.downgradeSteps("c1branch@b", List.of("d1", "d2"));
        List<String> order = stepIds(steps);
        assertThat(order).containsExactlyInAnyOrder("c1", "d1", "d2");
        assertThat(order.indexOf("d1")).isLessThan(order.indexOf("c1"));
        assertThat(order.indexOf("d2")).isLessThan(order.indexOf("c1"));
        assertThat(Graphs.rowsAfter(graph, List.of("d1", "d2"), steps)).containsExactly("c2");
    }

    private static void assertRowsAfterEachUpgrade(RevisionGraph graph, List<String> start, String[][] expected) {
        VersionHeads heads = graph.versionHeads(start);
        for (String[] step : expected) {
            heads = heads.apply(MigrationStep.upgrade(graph.get(step[0]))).heads();
            assertThat(heads.rows()).as("after upgrading %s", step[0])
                    .containsExactlyInAnyOrder(java.util.Arrays.copyOfRange(step, 1, step.length));
        }
    }

    /** The graph of Alembic's MergedPathTest, shared with the stamp tests. */
    static final class MergedPath {
        static RevisionGraph graph() {
            return Graphs.graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("d1", "c1"),
                    rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"), rev("e", "d1", "d2"), rev("f", "e"));
        }
    }
}
