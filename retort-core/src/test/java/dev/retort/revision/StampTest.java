package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.rev;
import static dev.retort.revision.Graphs.rowsAfter;
import static dev.retort.revision.Graphs.trace;
import static dev.retort.revision.SampleGraphTest.B27C6;
import static dev.retort.revision.SampleGraphTest.C3E2F;
import static dev.retort.revision.SampleGraphTest.D4B6E;
import static dev.retort.revision.SampleGraphTest.E5A3C;
import static dev.retort.revision.SampleGraphTest.F6F7E;
import static dev.retort.revision.SampleGraphTest.G7D8C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Stamp planning and its version statements; expectations are Alembic's ({@code _stamp_revs} + HeadMaintainer). */
class StampTest {

    /**
     * <pre>
     * a → b → c1 (c1branch) → d1
     *     b → c2 (c2branch) → d2
     * </pre>
     */
    @Nested
    class BranchedPath {
        private final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b").withBranchLabels("c1branch"),
                rev("d1", "c1"), rev("c2", "b").withBranchLabels("c2branch"), rev("d2", "c2"));
        private final List<String> heads = List.of("d1", "c2");

        @Test
        void stampDownAcrossBranchesToTheBranchPointIsOneStep() {
            List<StampStep> steps = graph.stampSteps(List.of("b"), heads, false);
            assertThat(steps).containsExactly(new StampStep(List.of("d1", "c2"), List.of("b"), false, false));
            assertThat(trace(graph, heads, steps))
                    .containsExactly("stamp_revision d1, c2 -> b: DELETE d1; UPDATE c2 -> b");
        }

        @Test
        void stampToALabelledBaseDeletesOnlyThatBranch() {
            List<StampStep> steps = graph.stampSteps(List.of("c1branch@base"), heads, false);
            assertThat(trace(graph, heads, steps)).containsExactly("stamp_revision d1 -> : DELETE d1");
            assertThat(rowsAfter(graph, heads, steps)).containsExactly("c2");
        }

        @Test
        void stampToALabelledHeadMovesOnlyThatBranch() {
            List<StampStep> steps = graph.stampSteps(List.of("c2branch@head"), heads, false);
            assertThat(trace(graph, heads, steps)).containsExactly("stamp_revision c2 -> d2: UPDATE c2 -> d2");
            assertThat(rowsAfter(graph, heads, steps)).containsExactly("d1", "d2");
        }

        @Test
        void stampsARevisionGivenTwiceOnceWhereAlembicFailsOnTheSecond() {
            assertThat(rowsAfter(graph, List.of(), graph.stampSteps(List.of("c1", "c1"), List.of(), false)))
                    .containsExactly("c1");
            List<String> rows = List.of("d1");
            assertThat(rowsAfter(graph, rows, graph.stampSteps(List.of("heads", "d1"), rows, false)))
                    .as("as Alembic").containsExactlyInAnyOrder("d1", "d2");
        }

        @Test
        void refusesTwoRevisionsOnOneLineWhereAlembicFailsHalfWay() {
            assertThatThrownBy(() -> graph.stampSteps(List.of("b", "d1"), List.of("a"), false))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Can't stamp b and d1 together: d1 descends from b, and the version table holds one"
                            + " revision per line; leave b out (the destinations were b, d1)");
            assertThatThrownBy(() -> graph.stampSteps(List.of("d1", "a", "b"), List.of(), false))
                    .hasMessageEndingWith("; leave a, b out (the destinations were d1, a, b)");
            assertThat(rowsAfter(graph, List.of(), graph.stampSteps(List.of("d1", "d2"), List.of(), false)))
                    .as("two lines").containsExactlyInAnyOrder("d1", "d2");
        }

        @Test
        void stampHeadWithSeveralHeadsAsksForOne() {
            assertThatThrownBy(() -> graph.stampSteps(List.of("head"), List.of(), false))
                    .isInstanceOf(MultipleHeadsException.class)
                    .hasMessage("Multiple heads are present; please specify a single target revision (heads: d1, d2)");
        }
    }

    @Test
    void stampToBaseDeletesTheRow() {
        RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "c"));
        List<StampStep> steps = graph.stampSteps(List.of("base"), List.of("d"), false);
        assertThat(steps).containsExactly(new StampStep(List.of("d"), List.of(), false, true));
        assertThat(graph.stampSteps(List.of(), List.of("d"), false)).isEqualTo(steps);
    }

    /** Alembic ForestTest. */
    @Test
    void stampHeadsInsertsOneRowPerTreeUnlessAlreadyThere() {
        RevisionGraph graph = graph(rev("a1"), rev("b1", "a1"), rev("a2"), rev("b2", "a2"));
        assertThat(graph.stampSteps(List.of("heads"), List.of(), false)).containsExactly(
                new StampStep(List.of(), List.of("b1"), true, true), new StampStep(List.of(), List.of("b2"), true, true));
        assertThat(graph.stampSteps(List.of("heads"), List.of("b1", "b2"), false)).isEmpty();
    }

    /** Alembic MergedPathTest: a → b → {c1 → d1, c2 (c2branch) → d2} → e → f. */
    @Nested
    class MergedPath {
        private final RevisionGraph graph = MergeAndDependencyPathTest.MergedPath.graph();

        @Test
        void stampDownAcrossAMergePoint() {
            assertThat(trace(graph, List.of("e"), graph.stampSteps(List.of("c2"), List.of("e"), false)))
                    .containsExactly("stamp_revision e -> c2: UPDATE e -> c2");
            assertThat(trace(graph, List.of("e"), graph.stampSteps(List.of("a"), List.of("e"), false)))
                    .containsExactly("stamp_revision e -> a: UPDATE e -> a");
        }

        @Test
        void stampUpAcrossAMergePoint() {
            assertThat(trace(graph, List.of("c2"), graph.stampSteps(List.of("e"), List.of("c2"), false)))
                    .containsExactly("stamp_revision c2 -> e: UPDATE c2 -> e");
            assertThat(trace(graph, List.of("b"), graph.stampSteps(List.of("e"), List.of("b"), false)))
                    .containsExactly("stamp_revision b -> e: UPDATE b -> e");
            List<String> rows = List.of("d1", "c2");
            assertThat(trace(graph, rows, graph.stampSteps(List.of("e"), rows, false)))
                    .containsExactly("stamp_revision d1, c2 -> e: DELETE d1; UPDATE c2 -> e");
            assertThat(trace(graph, rows, graph.stampSteps(List.of("c2branch@head"), rows, false)))
                    .containsExactly("stamp_revision d1, c2 -> f: DELETE d1; UPDATE c2 -> f");
        }
    }

    @Nested
    class Sample {
        private final RevisionGraph graph = SampleGraphTest.sample();

        @Test
        void stampingTwoBranchesFromTheirBranchPoint() {
            List<String> rows = List.of(B27C6);
            List<StampStep> steps = graph.stampSteps(List.of("3e2f", "4b6e"), rows, false);
            assertThat(trace(graph, rows, steps)).containsExactly(
                    "stamp_revision " + B27C6 + " -> " + C3E2F + ": UPDATE " + B27C6 + " -> " + C3E2F,
                    "stamp_revision " + B27C6 + " -> " + D4B6E + ": INSERT " + D4B6E);
            assertThat(rowsAfter(graph, List.of(), graph.stampSteps(List.of("3e2f", "4b6e"), List.of(), false)))
                    .containsExactly(C3E2F, D4B6E);
        }

        @Test
        void stampHeadsMovesTheRowOnItsLineAndInsertsTheOther() {
            List<String> rows = List.of(C3E2F);
            assertThat(trace(graph, rows, graph.stampSteps(List.of("heads"), rows, false))).containsExactly(
                    "stamp_revision " + C3E2F + " -> " + E5A3C + ": UPDATE " + C3E2F + " -> " + E5A3C,
                    "stamp_revision  -> " + G7D8C + ": INSERT " + G7D8C);
        }

        @Test
        void onlyRowsOnTheDestinationsLineMove() {
            List<String> rows = List.of(C3E2F, F6F7E);
            assertThat(rowsAfter(graph, rows, graph.stampSteps(List.of("7d8c"), rows, false)))
                    .containsExactly(C3E2F, G7D8C);
        }

        @Test
        void purgeIgnoresTheCurrentRowsEvenUnknownOnes() {
            List<StampStep> steps = graph.stampSteps(List.of("heads"), List.of("deadbeef"), true);
            assertThat(rowsAfter(graph, List.of(), steps)).containsExactly(E5A3C, G7D8C);
            assertThatThrownBy(() -> graph.stampSteps(List.of("heads"), List.of("deadbeef"), false))
                    .isInstanceOf(UnknownRevisionException.class);
        }
    }

    /**
     * <pre>
     * a → b → d (merges b and c)
     * a → c → d
     * p      (a second base)
     * q → q2 (a third base)
     * </pre>
     */
    @Nested
    class WhereAlembicLosesOrFails {
        private final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "a"), rev("d", "b", "c"),
                rev("p"), rev("q"), rev("q2", "q"));

        @Test
        void stampingBothParentsOfTheMergeInTheTableGivesBoth() {
            List<String> rows = List.of("d");
            List<StampStep> steps = graph.stampSteps(List.of("b", "c"), rows, false);
            assertThat(trace(graph, rows, steps)).containsExactly(
                    "stamp_revision d -> b: UPDATE d -> b",
                    "stamp_revision  -> c: INSERT c");
            assertThat(rowsAfter(graph, rows, steps)).containsExactlyInAnyOrder("b", "c");
        }

        @Test
        void aDestinationAlreadyInTheTableKeepsItsRowWhileAnotherLineMoves() {
            List<String> rows = List.of("p", "q");
            List<StampStep> steps = graph.stampSteps(List.of("p", "q2"), rows, false);
            assertThat(trace(graph, rows, steps)).containsExactly("stamp_revision q -> q2: UPDATE q -> q2");
            assertThat(rowsAfter(graph, rows, steps)).containsExactlyInAnyOrder("p", "q2");
        }

        @Test
        void alembicsStepsAreKeptWhereTheyReachTheSameRows() {
            List<String> rows = List.of("b");
            List<StampStep> steps = graph.stampSteps(List.of("d", "p"), rows, false);
            assertThat(steps).containsExactly(new StampStep(List.of("b"), List.of("d"), true, false),
                    new StampStep(List.of(), List.of("p"), true, true));
        }

        /** As Alembic: the base's line is cleared with the rows a revision destination moves, and only then. */
        @Test
        void aBaseDestinationBesideARevisionClearsItsLineWhenTheRevisionMovesRows() {
            RevisionGraph labelled = graph(rev("a1").withBranchLabels("la"), rev("a2", "a1"),
                    rev("b1").withBranchLabels("lb"), rev("b2", "b1"), rev("c1"));
            List<String> rows = List.of("a2", "b2");
            assertThat(rowsAfter(labelled, rows, labelled.stampSteps(List.of("lb@base", "a1"), rows, false)))
                    .containsExactly("a1");
            assertThat(rowsAfter(labelled, rows, labelled.stampSteps(List.of("base", "a1"), rows, false)))
                    .containsExactly("a1");
            assertThat(rowsAfter(labelled, rows, labelled.stampSteps(List.of("a2", "lb@base"), rows, false)))
                    .as("a2 is there already").containsExactlyInAnyOrder("a2", "b2");
            assertThat(rowsAfter(labelled, rows, labelled.stampSteps(List.of("base", "c1"), rows, false)))
                    .as("c1 is a new line").containsExactlyInAnyOrder("a2", "b2", "c1");
            assertThat(rowsAfter(labelled, rows, labelled.stampSteps(List.of("lb@base"), rows, false)))
                    .as("alone").containsExactly("a2");
        }

        @Test
        void refusesARevisionTogetherWithOneItDependsOn() {
            RevisionGraph dependent = graph(rev("a"), rev("b").withDependsOn("a"));
            assertThatThrownBy(() -> dependent.stampSteps(List.of("b", "a"), List.of(), false))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Can't stamp a and b together: b depends on a, and the version table holds one"
                            + " revision per line; leave a out (the destinations were b, a)");
        }
    }
}
