package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.rev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.revision.RevisionGraphException.Kind;
import dev.retort.revision.RevisionGraphException.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Building a graph: heads, bases, labels, dependencies, and the problems that refuse a graph. */
class GraphStructureTest {

    @Nested
    class HeadsAndBases {
        @Test
        void emptyGraphHasNoHeadsAndResolvesHeadToNothing() {
            RevisionGraph empty = graph();
            assertThat(empty.heads()).isEmpty();
            assertThat(empty.resolve("head")).isEmpty();
            assertThat(empty.walk("base", "head")).isEmpty();
            assertThat(empty.upgradeSteps("heads", List.of())).isEmpty();
        }

        /** Alembic APITest: a → b → {c1, c2}. */
        @Test
        void branchesGiveOneHeadPerBranchInMapOrder() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c1", "b"), rev("c2", "b"));
            assertThat(graph.heads()).containsExactly("c1", "c2");
            assertThat(graph.bases()).containsExactly("a");
            assertThat(graph.children("b")).containsExactly("c1", "c2");
        }

        /**
         * Alembic MultipleBranchEffectiveHead: y2 depends on x1, so x1 is a head only through versioning.
         *
         * <pre>
         * y1 (y) → y2 ⇢ depends on x1
         * x1 (x) → x2
         * </pre>
         */
        @Test
        void aHeadOthersDependOnIsAnEffectiveHead() {
            RevisionGraph graph = graph(rev("y1").withBranchLabels("y"), rev("x1").withBranchLabels("x"),
                    rev("y2", "y1").withDependsOn("x1"), rev("x2", "x1"));
            assertThat(graph.heads()).containsExactly("y2", "x2");
            RevisionGraph effective = graph(rev("y1").withBranchLabels("y"), rev("x1").withBranchLabels("x"),
                    rev("y2", "y1").withDependsOn("x1"));
            assertThat(effective.heads()).containsExactly("x1", "y2");
            assertThat(effective.realHeads()).containsExactly("y2");
            assertThat(effective.isEffectiveHead("x1")).isTrue();
            assertThat(effective.isEffectiveHead("y2")).isFalse();
            assertThat(effective.resolve("heads")).containsExactly("y2");
        }

        @Test
        void tenThousandRevisionChainNeedsNoDeepRecursion() {
            List<Revision> chain = new ArrayList<>();
            chain.add(rev("r00000"));
            for (int i = 1; i < 10_000; i++) {
                chain.add(rev(String.format("r%05d", i), String.format("r%05d", i - 1)));
            }
            RevisionGraph graph = RevisionGraph.of(chain);
            assertThat(graph.heads()).containsExactly("r09999");
            assertThat(graph.walk(null, null)).hasSize(10_000).first().extracting(Revision::id).isEqualTo("r09999");
            assertThat(graph.upgradeSteps("heads", List.of())).hasSize(10_000);
            assertThat(graph.downgradeSteps("base", List.of("r09999"))).hasSize(10_000);
            assertThat(graph.resolve("r00000+9999")).containsExactly("r09999");
        }
    }

    @Nested
    class Labels {
        /**
         * Labels pass down to descendants, and up until a real branch point or a merge point (Alembic's
         * answers):
         *
         * <pre>
         * a → b (L) → c               all three carry L
         * p → q → r1 (R) → s1         q is a branch point: only r1, s1
         *      └→ r2
         * x ──→ m → n                  m is a merge point: y, m, n carry Y
         * y (Y) ┘
         * u → v → w (W)               z depends on v, so v is a real branch point: only w
         *      ⇡ z
         * </pre>
         */
        @Test
        void labelsPropagateAsAlembicPropagatesThem() {
            RevisionGraph graph = graph(rev("a"), rev("b", "a").withBranchLabels("L"), rev("c", "b"),
                    rev("p"), rev("q", "p"), rev("r1", "q").withBranchLabels("R"), rev("s1", "r1"), rev("r2", "q"),
                    rev("x"), rev("y").withBranchLabels("Y"), rev("m", "x", "y"), rev("n", "m"),
                    rev("u"), rev("v", "u"), rev("w", "v").withBranchLabels("W"), rev("z").withDependsOn("v"));
            assertThat(List.of("a", "b", "c")).allSatisfy(id -> assertThat(graph.branchLabels(id)).containsExactly("L"));
            assertThat(graph.branchLabels("q")).isEmpty();
            assertThat(graph.branchLabels("s1")).containsExactly("R");
            assertThat(graph.branchLabels("r2")).isEmpty();
            assertThat(graph.branchLabels("x")).isEmpty();
            assertThat(graph.branchLabels("n")).containsExactly("Y");
            assertThat(graph.branchLabels("v")).isEmpty();
            assertThat(graph.branchLabels("w")).containsExactly("W");
        }

        @Test
        void labelsAreListedInDeclarationOrder() {
            RevisionGraph graph = graph(rev("a").withBranchLabels("first"), rev("b", "a").withBranchLabels("second"));
            assertThat(graph.branchLabels("b")).containsExactly("first", "second");
        }
    }

    @Nested
    class Dependencies {
        /**
         * Alembic NormalizedDownRevTest: a dependency an ancestor already declares is dropped.
         *
         * <pre>
         * a1 → a2 → a3
         * b1 → b2 (⇢a3) → b3 → b4 (⇢a3) → b5 (⇢b4)
         * </pre>
         */
        @Test
        void dependenciesDeclaredByAnAncestorAreNormalisedAway() {
            RevisionGraph graph = graph(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("b1"),
                    rev("b2", "b1").withDependsOn("a3"), rev("b3", "b2"), rev("b4", "b3").withDependsOn("a3"),
                    rev("b5", "b4").withDependsOn("b4"));
            assertThat(graph.resolvedDependencies("b4")).containsExactly("a3");
            assertThat(graph.dependencies("b4")).isEmpty();
            assertThat(graph.effectiveParents("b4")).containsExactly("b3");
            assertThat(graph.effectiveParents("b5")).containsExactly("b4");
            assertThat(graph.dependencies("b2")).containsExactly("a3");
        }

        @Test
        void dependencyOnABranchLabelResolvesToTheLabelledRevision() {
            RevisionGraph graph = graph(rev("a1").withBranchLabels("lib"), rev("b1"), rev("b2", "b1").withDependsOn("lib"));
            assertThat(graph.dependencies("b2")).containsExactly("a1");
            assertThat(graph.get("b2").dependsOn()).containsExactly("lib");
        }
    }

    @Nested
    class Problems {
        @Test
        void everyProblemIsReportedAtOnceNamingTheRevisions() {
            RevisionGraphException error = catchThrowableOfType(() -> graph(
                    rev("a"), rev("a"), rev("b", "zz"), rev("c", "a").withDependsOn("nope"),
                    rev("d", "a").withBranchLabels("lbl"), rev("e", "d").withBranchLabels("lbl"),
                    rev("f", "a").withBranchLabels("b"), rev("g@x", "a")), RevisionGraphException.class);
            assertThat(error.problems()).extracting(Problem::kind).containsExactly(Kind.DUPLICATE_ID,
                    Kind.ILLEGAL_ID, Kind.DUPLICATE_LABEL, Kind.DUPLICATE_LABEL, Kind.MISSING_PARENT,
                    Kind.MISSING_DEPENDENCY);
            assertThat(error.getMessage()).isEqualTo("The revision graph has 6 problems:\n"
                    + "  - Revision a is present more than once\n"
                    + "  - Character(s) '@' not allowed in revision identifier 'g@x'\n"
                    + "  - Branch name 'lbl' in revision e already used by revision d\n"
                    + "  - Branch name 'b' in revision f already used by revision b\n"
                    + "  - Revision zz referenced from b is not present\n"
                    + "  - Dependency nope referenced from c is not present (no revision id or branch label by"
                    + " that name)");
            assertThat(error.problems().get(2).revisions()).containsExactly("e", "d");
        }

        /** Alembic LabeledBranchTest.test_dupe_branch_collection. */
        @Test
        void duplicateBranchLabelNamesBothRevisions() {
            assertThatThrownBy(() -> graph(rev("a"), rev("b", "a"), rev("c", "b").withBranchLabels("xy1"),
                    rev("d"), rev("e", "d").withBranchLabels("xy1"), rev("f", "e")))
                    .isInstanceOf(RevisionGraphException.class)
                    .hasMessage("Branch name 'xy1' in revision e already used by revision c");
        }

        @Test
        void reservedOrMalformedLabelsAreRefused() {
            assertThatThrownBy(() -> graph(rev("a").withBranchLabels("heads")))
                    .hasMessageStartingWith("Branch name 'heads' in revision a is not allowed");
            assertThatThrownBy(() -> graph(rev("a").withBranchLabels("x@y")))
                    .hasMessageStartingWith("Branch name 'x@y' in revision a is not allowed");
        }

        @Test
        void illegalCharactersInIdsAreListedSorted() {
            assertThatThrownBy(() -> graph(rev("a-b+c"), rev("d e")))
                    .hasMessage("The revision graph has 2 problems:\n"
                            + "  - Character(s) '+, -' not allowed in revision identifier 'a-b+c'\n"
                            + "  - Whitespace not allowed in revision identifier 'd e'");
        }

        @Test
        void parentListedTwiceIsAProblem() {
            assertThatThrownBy(() -> graph(rev("a"), rev("b", "a", "a")))
                    .hasMessage("Revision b lists parent a more than once");
        }
    }

    /** Alembic GraphWithLoopTest: self-loops, versioned and through dependencies. */
    @Nested
    class Loops {
        @Test
        void selfLoopsAnywhereAreReported() {
            assertSingleProblem(Kind.SELF_LOOP, "Self-loop is detected in revisions (a)", rev("a", "a"));
            assertSingleProblem(Kind.SELF_LOOP, "Self-loop is detected in revisions (a)",
                    rev("a", "a"), rev("b", "a"), rev("c", "b"));
            assertSingleProblem(Kind.SELF_LOOP, "Self-loop is detected in revisions (c)",
                    rev("a"), rev("b", "a"), rev("c", "b", "c"));
            assertSingleProblem(Kind.SELF_LOOP, "Self-loop is detected in revisions (b)",
                    rev("a"), rev("b", "a", "b"), rev("c1", "b"), rev("c2", "b"));
            assertSingleProblem(Kind.SELF_LOOP, "Self-loop is detected in revisions (c)",
                    rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2", "c"));
        }

        @Test
        void dependencySelfLoopsAnywhereAreReported() {
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (a)",
                    rev("a").withDependsOn("a"));
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (a)",
                    rev("a").withDependsOn("a"), rev("b", "a"), rev("c", "b"));
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (c)",
                    rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("c"));
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (b)",
                    rev("a"), rev("b", "a").withDependsOn("b"), rev("c1", "b"), rev("c2", "b"));
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (c)",
                    rev("a"), rev("b1", "a"), rev("b2", "a"), rev("c", "b1", "b2").withDependsOn("c"));
            assertSingleProblem(Kind.DEPENDENCY_SELF_LOOP, "Dependency self-loop is detected in revisions (c)",
                    rev("a"), rev("c", "a").withBranchLabels("mine").withDependsOn("mine"));
        }

        @Test
        void overlappingIdSubstringsAreNotLoops() {
            RevisionGraph graph = graph(rev("user_foo"), rev("user", "user_foo").withDependsOn("user_foo"));
            assertThat(ids(graph.walk(null, "heads"))).containsExactly("user", "user_foo");
            RevisionGraph byDependency = graph(rev("user_foo"), rev("user").withDependsOn("user_foo"));
            assertThat(ids(byDependency.walk(null, "heads"))).containsExactly("user", "user_foo");
        }
    }

    /** Alembic GraphWithCycleTest: the message names the cycle and what hangs from it. */
    @Nested
    class Cycles {
        @Test
        void versionedCyclesAreReported() {
            assertSingleProblem(Kind.CYCLE, "Cycle is detected in revisions (a, b, c)",
                    rev("a", "c"), rev("b", "a"), rev("c", "b"));
            assertSingleProblem(Kind.CYCLE, "Cycle is detected in revisions (a, b, c)",
                    rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d"));
            assertSingleProblem(Kind.CYCLE, "Cycle is detected in revisions (a, b, c, d, e)",
                    rev("a", "c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"));
            assertSingleProblem(Kind.CYCLE, "Cycle is detected in revisions (a, b, c, d, e)",
                    rev("a"), rev("b", "a"), rev("c", "b", "e"), rev("d", "c"), rev("e", "d"));
        }

        @Test
        void dependencyCyclesAreReported() {
            assertSingleProblem(Kind.DEPENDENCY_CYCLE, "Dependency cycle is detected in revisions (a, b, c)",
                    rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"));
            assertSingleProblem(Kind.DEPENDENCY_CYCLE, "Dependency cycle is detected in revisions (a, b, c)",
                    rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"), rev("d"), rev("e", "d"));
            assertSingleProblem(Kind.DEPENDENCY_CYCLE, "Dependency cycle is detected in revisions (a, b, c, d, e)",
                    rev("a").withDependsOn("c"), rev("b", "a"), rev("c", "b"), rev("d", "c"), rev("e", "d"));
            assertSingleProblem(Kind.DEPENDENCY_CYCLE, "Dependency cycle is detected in revisions (a, b, c, d, e)",
                    rev("a"), rev("b", "a"), rev("c", "b").withDependsOn("e"), rev("d", "c"), rev("e", "d"));
        }

        @Test
        void aMissingParentIsNotMistakenForACycle() {
            assertSingleProblem(Kind.MISSING_PARENT, "Revision gone referenced from b is not present",
                    rev("a"), rev("b", "gone"), rev("c", "b"));
        }
    }

    private static void assertSingleProblem(Kind kind, String message, Revision... revisions) {
        RevisionGraphException error = catchThrowableOfType(() -> graph(revisions), RevisionGraphException.class);
        assertThat(error).as("graph should be refused").isNotNull();
        assertThat(error.problems()).extracting(Problem::kind).containsExactly(kind);
        assertThat(error).hasMessage(message);
    }
}
