package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.rev;
import static dev.retort.revision.Graphs.stepIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * History order ({@code walk}), ported from Alembic's {@code DownIterateTest} family; the expected lists
 * are Alembic's. Where Alembic's test iterates for a downgrade, the same selection is asked of
 * {@code downgradeSteps}.
 */
class HistoryWalkTest {

    /** a → {b1, b2} → c (merge) → d. */
    @Test
    void diamondFinishesTheFirstBranchBeforeTheSecond() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2"), rev("d", "c"));
        assertThat(ids(graph.walk("a", "d"))).containsExactly("d", "c", "b1", "b2", "a");
    }

    /**
     * <pre>
     * a (abranch) → b → somelongername → c
     * d → e (ebranch) → someothername → f
     * </pre>
     */
    @Nested
    class LabeledBranch {
        private final RevisionGraph graph = graph(rev("a").withBranchLabels("abranch"), rev("b", "a"),
                rev("somelongername", "b"), rev("c", "somelongername"), rev("d"),
                rev("e", "d").withBranchLabels("ebranch"), rev("someothername", "e"), rev("f", "someothername"));

        @Test
        void fromALabelledBaseOnlyThatBranchIsListed() {
            assertThat(ids(graph.walk("ebranch@base", "heads"))).containsExactly("f", "someothername", "e", "d");
            assertThat(ids(graph.walk("abranch@base", "heads"))).containsExactly("c", "somelongername", "b", "a");
            assertThat(ids(graph.walk("e@base", "heads"))).containsExactly("f", "someothername", "e", "d");
            assertThat(ids(graph.walk("c@base", "heads"))).containsExactly("c", "somelongername", "b", "a");
        }

        @Test
        void toALabelledHead() {
            assertThat(ids(graph.walk("base", "ebranch@head"))).containsExactly("f", "someothername", "e", "d");
            assertThat(ids(graph.walk("base", "abranch@head"))).containsExactly("c", "somelongername", "b", "a");
            assertThat(ids(graph.walk("ebranch@head", "heads"))).containsExactly("f");
            assertThat(ids(graph.walk("ebranch@d", "heads"))).containsExactly("f", "someothername", "e", "d");
        }

        @Test
        void relativeEndsOnABranch() {
            assertThat(ids(graph.walk("ebranch@-2", "heads"))).containsExactly("f", "someothername", "e");
            assertThat(ids(graph.walk("base", "ebranch@+2"))).containsExactly("e", "d");
        }
    }

    /** a → b1 → c1 → {d11, d12}; a → b2. */
    @Test
    void shortBranchesComeFirstWhenTheyAreFirstInMapOrder() {
        RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c1", "b1"), rev("d11", "c1"),
                rev("d12", "c1"));
        assertThat(ids(graph.walk("base", "heads"))).containsExactly("b2", "d11", "d12", "c1", "b1", "a");
    }

    /**
     * <pre>
     * a → b1 → cb1 → {d1cb1, d2cb1}
     * a → b2 → cb2 → {d1cb2, d2cb2, d3cb2};  d1cb2, d2cb2 → d1d2cb2
     * </pre>
     */
    @Nested
    class MultipleBranch {
        private final RevisionGraph graph = graph(rev("a"), rev("b1", "a"), rev("b2", "a"), rev("cb1", "b1"),
                rev("cb2", "b2"), rev("d1cb1", "cb1"), rev("d2cb1", "cb1"), rev("d1cb2", "cb2"), rev("d2cb2", "cb2"),
                rev("d3cb2", "cb2"), rev("d1d2cb2", "d1cb2", "d2cb2"));

        @Test
        void walksFromAMergePointOrASingleBranch() {
            assertThat(ids(graph.walk("a", "d1d2cb2")))
                    .containsExactly("d1d2cb2", "d1cb2", "d2cb2", "cb2", "b2", "a");
            assertThat(ids(graph.walk("a", "d3cb2"))).containsExactly("d3cb2", "cb2", "b2", "a");
            assertThat(ids(graph.walk("base", "d3cb2"))).containsExactly("d3cb2", "cb2", "b2", "a");
        }

        @Test
        void rangesAcrossBranchesOrBackwardsAreRefused() {
            assertThatThrownBy(() -> graph.walk("d1cb1", "b1"))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessage("Requested range d1cb1:b1 does not refer to ancestor/descendant revisions along the"
                            + " same branch");
            assertThatThrownBy(() -> graph.walk("b1", "d2cb2"))
                    .isInstanceOf(RangeNotAncestorException.class);
            assertThatThrownBy(() -> graph.walk("d1cb1", "base"))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessageStartingWith("Requested range d1cb1:base does not refer");
        }
    }

    /**
     * Alembic BranchTravellingTest: depth first along branches, and every branch finished at its branch
     * point before going further down.
     *
     * <pre>
     * a1 → a2 → a3 → b1 → cb1 → db1 → e1b1 → fe1b1
     *                                 └→ e2b1 ─┐
     *             a3 → b2 → cb2 → db2 → e2b2 ─┴→ merge
     * </pre>
     */
    @Nested
    class BranchTravelling {
        private final RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1", "a3"),
                rev("b2", "a3"), rev("cb1", "b1"), rev("cb2", "b2"), rev("db1", "cb1"), rev("db2", "cb2"),
                rev("e1b1", "db1"), rev("fe1b1", "e1b1"), rev("e2b1", "db1"), rev("e2b2", "db2"),
                rev("merge", "e2b1", "e2b2"));

        @Test
        void twoBranchesTerminateAtTheirBranchPoint() {
            assertThat(ids(graph.walk("a1", "merge"))).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2",
                    "db2", "cb2", "b2", "a3", "a2", "a1");
            assertThat(ids(graph.walk("a2", "merge"))).containsExactly("merge", "e2b1", "db1", "cb1", "b1", "e2b2",
                    "db2", "cb2", "b2", "a3", "a2");
            assertThat(ids(graph.walk("b1", "merge"))).containsExactly("merge", "e2b1", "db1", "cb1", "b1");
        }

        @Test
        void threeBranchesFromAllHeads() {
            assertThat(ids(graph.walk("a3", "heads"))).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1",
                    "b1", "e2b2", "db2", "cb2", "b2", "a3");
            assertThat(ids(graph.walk("a1", "heads"))).containsExactly("fe1b1", "e1b1", "merge", "e2b1", "db1", "cb1",
                    "b1", "e2b2", "db2", "cb2", "b2", "a3", "a2", "a1");
            assertThat(ids(graph.walk("base", "fe1b1")))
                    .containsExactly("fe1b1", "e1b1", "db1", "cb1", "b1", "a3", "a2", "a1");
        }

        @Test
        void reachingAMergeFromOneSidePullsInTheOther() {
            assertThat(stepIds(graph.upgradeSteps("merge", List.of("db1"))))
                    .containsExactly("b2", "cb2", "db2", "e2b2", "e2b1", "merge");
        }

        @Test
        void versionRowsWhereOneIsAnAncestorOfAnotherAreRefused() {
            assertThatThrownBy(() -> graph.upgradeSteps("heads", List.of("db1", "fe1b1")))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessageStartingWith("Requested revision fe1b1 overlaps with other requested revisions db1");
        }
    }

    /**
     * Alembic MultipleBaseTest: three bases, one merge across two of them.
     *
     * <pre>
     * base1 → {a1a → b1a, a1b → b1b}
     * base2 → a2 → b2 → c2 → d2 ─┐
     * base3 → a3 → b3 ───────────┴→ mergeb3d2
     * </pre>
     */
    @Nested
    class MultipleBase {
        private final RevisionGraph graph = graph(rev("base1"), rev("base2"), rev("base3"), rev("a1a", "base1"),
                rev("a1b", "base1"), rev("a2", "base2"), rev("a3", "base3"), rev("b1a", "a1a"), rev("b1b", "a1b"),
                rev("b2", "a2"), rev("b3", "a3"), rev("c2", "b2"), rev("d2", "c2"), rev("mergeb3d2", "b3", "d2"));

        @Test
        void everyTreeIsFinishedBeforeTheNext() {
            assertThat(ids(graph.walk("base", "heads"))).containsExactly("b1a", "a1a", "b1b", "a1b", "base1",
                    "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");
            assertThat(ids(graph.walk(null, null))).containsExactly("b1a", "a1a", "b1b", "a1b", "base1",
                    "mergeb3d2", "b3", "a3", "base3", "d2", "c2", "b2", "a2", "base2");
            assertThat(ids(graph.walk("base3", "b3"))).containsExactly("b3", "a3", "base3");
        }

        @Test
        void overlappingCurrentRevisionsAreRefused() {
            assertThatThrownBy(() -> graph.upgradeSteps("c2", List.of("a2", "b2")))
                    .hasMessageContaining("overlaps with other requested revisions");
        }
    }

    /**
     * Alembic MultipleBaseCrossDependencyTestOne.
     *
     * <pre>
     * base1 (b_1) → a1a → b1a
     *             → a1b → b1b ⇢ a3
     * base3 (b_3) → a3 → b3
     * base2 (b_2) → a2 → b2 → c2 ⇢ a3 → d2
     * </pre>
     */
    @Nested
    class CrossDependency {
        private final RevisionGraph graph = graph(rev("base1").withBranchLabels("b_1"), rev("a1a", "base1"),
                rev("a1b", "base1"), rev("b1a", "a1a"), rev("b1b", "a1b").withDependsOn("a3"),
                rev("base2").withBranchLabels("b_2"), rev("a2", "base2"), rev("b2", "a2"),
                rev("c2", "b2").withDependsOn("a3"), rev("d2", "c2"), rev("base3").withBranchLabels("b_3"),
                rev("a3", "base3"), rev("b3", "a3"));

        @Test
        void headsAndFullHistory() {
            assertThat(graph.heads()).containsExactly("b1a", "b1b", "d2", "b3");
            assertThat(ids(graph.walk("base", "heads"))).containsExactly("b1a", "a1a", "b1b", "a1b", "base1", "d2",
                    "c2", "b2", "a2", "base2", "b3", "a3", "base3");
        }

        @Test
        void upgradingABranchPullsInWhatItDependsOn() {
            assertThat(ids(graph.walk("base", "b_2@head")))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
            assertThat(ids(graph.walk("base", "b_3@head"))).containsExactly("b3", "a3", "base3");
            assertThat(ids(graph.walk("base", "b1b@head"))).containsExactly("b1b", "a1b", "base1", "a3", "base3");
            assertThat(ids(graph.walk("b_2@base", "heads")))
                    .containsExactly("d2", "c2", "b2", "a2", "base2", "a3", "base3");
            assertThat(ids(graph.walk("b_3@base", "heads"))).containsExactly("b3", "a3", "base3");
        }

        @Test
        void downgradingABranchTakesDownWhatDependsOnIt() {
            List<String> heads = graph.resolve("heads");
            assertThat(stepIds(graph.downgradeSteps("base", heads))).containsExactly("b1a", "a1a", "b1b", "a1b",
                    "base1", "d2", "c2", "b2", "a2", "base2", "b3", "a3", "base3");
            assertThat(stepIds(graph.downgradeSteps("b_2@base", List.of("d2"))))
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
            assertThat(stepIds(graph.downgradeSteps("base", List.of("b3")))).containsExactly("b3", "a3", "base3");
            assertThat(stepIds(graph.downgradeSteps("b1b@base", List.of("b1b")))).containsExactly("b1b", "a1b", "base1");
            assertThat(stepIds(graph.downgradeSteps("b_2@base", heads)))
                    .containsExactly("d2", "c2", "b2", "a2", "base2");
            assertThat(stepIds(graph.downgradeSteps("b_3@base", heads)))
                    .containsExactly("b1b", "d2", "c2", "b3", "a3", "base3");
        }

        @Test
        void rangesAlongDifferentBranchesAreRefused() {
            assertThatThrownBy(() -> graph.walk("d2", "b2")).isInstanceOf(RangeNotAncestorException.class);
            assertThatThrownBy(() -> graph.walk("d2", "b3")).isInstanceOf(RangeNotAncestorException.class);
        }
    }

    /** Alembic MultipleBaseCrossDependencyTestThree: a root with only a dependency. */
    @Test
    void aRootWithOnlyADependencyIsPlacedAboveIt() {
        RevisionGraph graph = graph(rev("base1"), rev("a1", "base1"), rev("b1", "a1"), rev("c2").withDependsOn("a1"),
                rev("c3", "c2"));
        assertThat(ids(graph.walk("base", "heads"))).containsExactly("b1", "c3", "c2", "a1", "base1");
    }

    /**
     * a; b (a root) depends on a; c → b. From a, c is reached only through the dependency: Alembic's walk fails
     * there, and the range follows the dependency. Where an upper end is above the lower one through revises
     * (heads: a2), the range stays Alembic's, without b and c.
     */
    @Test
    void anUpperEndAboveTheLowerOnlyThroughADependencyListsWhatLiesBetween() {
        RevisionGraph graph = graph(rev("a"), rev("b").withDependsOn("a"), rev("c", "b"));
        assertThat(ids(graph.walk("a", "c"))).containsExactly("c", "b", "a");
        assertThat(ids(graph.walk("a", "heads"))).containsExactly("c", "b", "a");

        RevisionGraph withSecondHead = graph(rev("a"), rev("a2", "a"), rev("b").withDependsOn("a"), rev("c", "b"));
        assertThat(ids(withSecondHead.walk("a", "heads"))).containsExactly("a2", "a");
    }

    /**
     * a → b, a → m; d (a root) depends on m. From a to the heads (b, d), m lies below no upper end but through d's
     * dependency, where Alembic's walk fails: the range follows the dependency, newest first.
     */
    @Test
    void aRevisionBelowAnUpperEndOnlyThroughADependencyBringsThatEndIn() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("m", "a"), rev("d").withDependsOn("m"));
        assertThat(ids(graph.walk("a", "heads"))).containsExactlyInAnyOrder("b", "d", "m", "a");
        List<String> listed = ids(graph.walk("a", "heads"));
        assertThat(listed.indexOf("d")).isLessThan(listed.indexOf("m"));
        assertThat(listed.indexOf("m")).isLessThan(listed.indexOf("a"));
        assertThat(ids(graph.walk("a", "d"))).containsExactly("d", "m", "a");
    }

    /** Alembic NormalizedDownRevTest, as downgrades. */
    @Test
    void normalisedDependenciesOrderDowngrades() {
        RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"),
                rev("b5", "b4").withDependsOn("b4"));
        assertThat(stepIds(graph.downgradeSteps("b1@base", List.of("b4")))).containsExactly("b4", "b3", "b2", "b1");
        assertThat(stepIds(graph.downgradeSteps("base", List.of("b5"))))
                .containsExactly("b5", "b4", "b3", "b2", "b1", "a3", "a2", "a1");
        assertThat(stepIds(graph.downgradeSteps("a1", List.of("b5"))))
                .containsExactly("b5", "b4", "b3", "b2", "a3", "a2");
    }

    /** Alembic MultipleBranchEffectiveHead: y2 depends on x1. */
    @Test
    void downgradingTheDependencyOfAnEffectiveHeadTakesTheDependentDown() {
        RevisionGraph graph = graph(rev("y1").withBranchLabels("y"), rev("x1").withBranchLabels("x"),
                rev("y2", "y1").withDependsOn("x1"), rev("x2", "x1"));
        assertThat(stepIds(graph.downgradeSteps("x@-1", List.of("x2", "y2")))).containsExactly("x2");
        assertThat(stepIds(graph.downgradeSteps("x@-1", List.of("x1", "y2")))).containsExactly("y2", "x1");
        assertThat(stepIds(graph.downgradeSteps("x@-1", List.of("y2")))).containsExactly("y2", "x1");
    }

    /**
     * <pre>
     * abc123 → abc456
     * abc123 → abd789 (lbl)
     * </pre>
     * Counted down from both heads, {@code -2} lands on Alembic's base marker, which is no ancestor.
     */
    @Test
    void relativeLowerEndFromSeveralHeadsThatIsNotBelowTheUpperEndIsRefused() {
        RevisionGraph graph = graph(rev("abc123"), rev("abc456", "abc123"),
                rev("abd789", "abc123").withBranchLabels("lbl"));
        assertThatThrownBy(() -> graph.walk("-2", "abc4"))
                .isInstanceOf(RangeNotAncestorException.class)
                .hasMessage("Requested range -2:abc4 does not refer to ancestor/descendant revisions along the same"
                        + " branch (-2 counted down from the heads gives <base>; give the lower end as a revision id"
                        + " instead)");
        assertThat(ids(graph.walk("abc123", "abc4"))).containsExactly("abc456", "abc123");
    }

    /** a → b → c → d → e; history ranges with relative ends (Alembic's test_command and observed answers). */
    @Nested
    class RelativeRanges {
        private final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"),
                rev("e", "d"));

        @Test
        void relativeUpperEndCountsFromTheLowerEnd() {
            assertThat(ids(graph.walk("a", "+2"))).containsExactly("c", "b", "a");
            assertThat(ids(graph.walk("a", "+10"))).containsExactly("e", "d", "c", "b", "a");
        }

        @Test
        void relativeLowerEndCountsDownFromTheHeads() {
            assertThat(ids(graph.walk("-1", null))).containsExactly("e", "d");
            assertThat(ids(graph.walk("-2", "c"))).containsExactly("c");
            assertThat(ids(graph.walk("-3", "c"))).containsExactly("c", "b");
        }

        @Test
        void relativeLowerEndPastTheBaseMeansBase() {
            assertThat(ids(graph.walk("-6", "c"))).containsExactly("c", "b", "a");
            assertThat(ids(graph.walk("-9", "c"))).containsExactly("c", "b", "a");
        }

        /** Alembic clamps only towards a revision: from the heads it cannot locate one and fails. */
        @Test
        void relativeLowerEndPastTheBaseBelowTheHeadsIsRefused() {
            assertThatThrownBy(() -> graph.walk("-9", null))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessage("Requested range -9:heads does not refer to ancestor/descendant revisions along the"
                            + " same branch (-9 counted down from the heads runs past <base>; give the lower end as a"
                            + " revision id, or the upper end as one)");
            assertThatThrownBy(() -> graph.walk("-9", "head")).isInstanceOf(RangeNotAncestorException.class);
        }

        /** Alembic's walk from e stops on its "base" marker, which is no ancestor of the upper end. */
        @Test
        void relativeLowerEndLandingExactlyOnBaseIsRefusedAsInAlembic() {
            assertThatThrownBy(() -> graph.walk("-5", "c"))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessage("Requested range -5:c does not refer to ancestor/descendant revisions along the same"
                            + " branch (-5 counted down from the heads gives <base>; give the lower end as a revision"
                            + " id instead)");
        }

        @Test
        void threeRevisionsAsInAlembicsCommandTests() {
            RevisionGraph three = graph(rev("a"), rev("b", "a"), rev("c", "b"));
            assertThat(ids(three.walk("-2", "c"))).containsExactly("c", "b", "a");
            assertThat(ids(three.walk("-5", "c"))).containsExactly("c", "b", "a");
            assertThat(ids(three.walk("a", "+2"))).containsExactly("c", "b", "a");
            assertThat(ids(three.walk("a", "b"))).containsExactly("b", "a");
            assertThat(ids(three.walk(null, "b"))).containsExactly("b", "a");
            assertThat(ids(three.walk("a", null))).containsExactly("c", "b", "a");
        }

        /** {@code history -r current:+1} and {@code -r -1:current}: one end is the version table's rows. */
        @Test
        void anEndCanBeTheVersionRowsWithTheOtherEndRelative() {
            assertThat(ids(graph.walkAbove(List.of("a"), "+1"))).containsExactly("b", "a");
            assertThat(ids(graph.walkAbove(List.of("c"), "+9"))).containsExactly("e", "d", "c");
            assertThat(ids(graph.walkAbove(List.of(), "+1"))).containsExactly("a");
            assertThat(ids(graph.walkAbove(List.of("b"), "heads"))).containsExactly("e", "d", "c", "b");
            assertThat(ids(graph.walkBelow("-2", List.of("d")))).containsExactly("d", "c");
            assertThat(ids(graph.walkBelow("base", List.of("b")))).containsExactly("b", "a");
            assertThat(ids(graph.walkBelow("c", List.of()))).containsExactly("e", "d", "c");
        }

        @Test
        void negativeUpperEndWithoutARevisionIsAnError() {
            assertThatThrownBy(() -> graph.walk("c", "-1"))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Relative revision -1 didn't produce 1 migrations");
        }
    }
}
