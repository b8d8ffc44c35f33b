package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.rev;
import static dev.retort.revision.Graphs.rowsAfter;
import static dev.retort.revision.Graphs.stepIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Upgrade and downgrade steps and the version rows they leave, ported from Alembic's
 * {@code test_version_traversal} (RevisionPathTest, BranchedPathTest); the expectations are Alembic's.
 */
class MigrationPathTest {

    static void assertUpgrade(RevisionGraph graph, String destination, List<String> rows, List<String> steps,
            String... expectedRows) {
        List<MigrationStep> planned = graph.upgradeSteps(destination, rows);
        assertThat(stepIds(planned)).as("upgrade %s from %s", destination, rows).isEqualTo(steps);
        assertThat(rowsAfter(graph, rows, planned)).containsExactlyInAnyOrder(expectedRows);
    }

    static void assertDowngrade(RevisionGraph graph, String destination, List<String> rows, List<String> steps,
            String... expectedRows) {
        List<MigrationStep> planned = graph.downgradeSteps(destination, rows);
        assertThat(stepIds(planned)).as("downgrade %s from %s", destination, rows).isEqualTo(steps);
        assertThat(rowsAfter(graph, rows, planned)).containsExactlyInAnyOrder(expectedRows);
    }

    /** a → b → c → d → e, with Alembic's test ids. */
    @Nested
    class RevisionPath {
        static final String A = "e6239818bb3a";
        static final String B = "548bbb905360";
        static final String C = "b7ea43dc85e4";
        static final String D = "1bbe33445780";
        static final String E = "3975fb1a0125";
        private final RevisionGraph graph = graph(rev(A), rev(B, A), rev(C, B), rev(D, C), rev(E, D));

        @Test
        void downgradeToWhereTheDatabaseIsDoesNothing() {
            assertDowngrade(graph, "base", List.of(), List.of());
            assertDowngrade(graph, A, List.of(A), List.of(), A);
            assertDowngrade(graph, E, List.of(E), List.of(), E);
        }

        @Test
        void upgradePath() {
            assertUpgrade(graph, E, List.of(C), List.of(D, E), E);
            assertUpgrade(graph, C, List.of(), List.of(A, B, C), C);
        }

        @Test
        void relativeUpgradePath() {
            assertUpgrade(graph, "+2", List.of(A), List.of(B, C), C);
            assertUpgrade(graph, "+1", List.of(A), List.of(B), B);
            assertUpgrade(graph, "+3", List.of(B), List.of(C, D, E), E);
            assertUpgrade(graph, B + "+2", List.of(A), List.of(B, C, D), D);
            assertUpgrade(graph, D + "-2", List.of(A), List.of(B), B);
        }

        @Test
        void invalidRelativeUpgradePath() {
            assertThatThrownBy(() -> graph.upgradeSteps("-2", List.of(B)))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Relative revision -2 didn't produce 2 migrations");
            assertThatThrownBy(() -> graph.upgradeSteps("+5", List.of(B)))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Relative revision +5 didn't produce 5 migrations");
        }

        @Test
        void downgradePath() {
            assertDowngrade(graph, C, List.of(E), List.of(E, D), C);
            assertDowngrade(graph, "base", List.of(C), List.of(C, B, A));
            assertDowngrade(graph, null, List.of(C), List.of(C, B, A));
        }

        @Test
        void relativeDowngradePath() {
            assertDowngrade(graph, "-1", List.of(C), List.of(C), B);
            assertDowngrade(graph, "-3", List.of(E), List.of(E, D, C), B);
            assertDowngrade(graph, A + "+2", List.of(D), List.of(D), C);
            assertDowngrade(graph, C + "-2", List.of(D), List.of(D, C, B), A);
        }

        @Test
        void invalidRelativeDowngradePath() {
            assertThatThrownBy(() -> graph.downgradeSteps("-5", List.of(B)))
                    .hasMessage("Relative revision -5 didn't produce 5 migrations");
            assertThatThrownBy(() -> graph.downgradeSteps("+2", List.of(B)))
                    .hasMessage("Relative revision +2 didn't produce 2 migrations");
            assertThatThrownBy(() -> graph.downgradeSteps(A + "+9", List.of(B)))
                    .hasMessage("Walked too far: relative revision '" + A + "+9' goes past a head revision");
        }

        @Test
        void aRelativeStepTooLargeForAnIntIsReportedAsGiven() {
            assertThatThrownBy(() -> graph.downgradeSteps("+99999999999999999999", List.of(B)))
                    .hasMessage("Relative revision +99999999999999999999 didn't produce 99999999999999999999"
                            + " migrations");
            assertThatThrownBy(() -> graph.downgradeSteps("-99999999999999999999", List.of(B)))
                    .hasMessage("Relative revision -99999999999999999999 didn't produce 99999999999999999999"
                            + " migrations");
            assertThatThrownBy(() -> graph.upgradeSteps("+99999999999999999999", List.of(B)))
                    .hasMessage("Relative revision +99999999999999999999 didn't produce 99999999999999999999"
                            + " migrations");
            assertThatThrownBy(() -> graph.upgradeSteps("-0099999999999999999999", List.of(B)))
                    .hasMessage("Relative revision -99999999999999999999 didn't produce 99999999999999999999"
                            + " migrations");
        }

        @Test
        void downgradeToARevisionNotBelowTheDatabaseIsRefused() {
            assertThatThrownBy(() -> graph.downgradeSteps(B.substring(0, 3), List.of()))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessage("Destination 548 is not a valid downgrade target from current head(s) <base>");
            assertThatThrownBy(() -> graph.downgradeSteps(C.substring(0, 4), List.of(B)))
                    .isInstanceOf(RangeNotAncestorException.class)
                    .hasMessage("Destination b7ea is not a valid downgrade target from current head(s) " + B);
        }

        @Test
        void unknownVersionRowIsNamedAsARowWithTheWayOut() {
            assertThatThrownBy(() -> graph.upgradeSteps("heads", List.of("deadbeef")))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("Can't locate revision identified by 'deadbeef'; the version table holds it, but no"
                            + " revision file has that id (a file deleted or not checked out, or a database migrated"
                            + " from another branch). Restore the file, or set the table to the revision the"
                            + " database is really at with 'stamp --purge REV'");
            assertThatThrownBy(() -> graph.upgradeSteps("heads", List.of("c0")))
                    .as("no one typed the row: no advice about typing four characters")
                    .hasMessageStartingWith("Can't locate revision identified by 'c0'; the version table holds it")
                    .hasMessageNotContaining("four characters");
        }
    }

    /**
     * Version tables changed by hand. An empty row or a branch label is damage, reported the same way by
     * every use of the rows, with the way out; only {@code stamp --purge} ignores them.
     *
     * <pre>
     * a → b (feature) → c
     * </pre>
     */
    @Nested
    class DamagedVersionTable {
        private final RevisionGraph graph = graph(rev("a"), rev("b", "a").withBranchLabels("feature"), rev("c", "b"));

        private void assertEveryUseRefuses(List<String> rows, String message) {
            List<ThrowingCallable> uses = List.of(
                    () -> graph.upgradeSteps("heads", rows),
                    () -> graph.downgradeSteps("-1", rows),
                    () -> graph.stampSteps(List.of("c"), rows, false),
                    () -> graph.currentRevisions(rows),
                    () -> graph.versionHeads(rows),
                    () -> graph.walkAbove(rows, "heads"),
                    () -> graph.walkBelow("base", rows),
                    () -> graph.walkBetween(rows, rows));
            for (ThrowingCallable use : uses) {
                assertThatThrownBy(use).isInstanceOf(UnknownRevisionException.class).hasMessage(message);
            }
            assertThat(graph.stampSteps(List.of("c"), rows, true)).hasSize(1);
        }

        @Test
        void anEmptyRowIsReportedAsDamage() {
            assertEveryUseRefuses(List.of("c", ""), "The version table holds an empty revision id (''); the table is"
                    + " damaged. Set it to the revision the database is really at with 'stamp --purge REV'");
        }

        @Test
        void aBranchLabelRowIsReportedAsDamageNamingItsRevision() {
            assertEveryUseRefuses(List.of("feature"), "The version table holds 'feature', the branch label of"
                    + " revision b, where only revision ids belong; the table is damaged. Set it to the revision the"
                    + " database is really at with 'stamp --purge REV'");
        }

        @Test
        void aPrefixRowIsNoRevisionId() {
            RevisionGraph longIds = graph(rev("aaaa0001"), rev("bbbb0002", "aaaa0001"));
            assertThatThrownBy(() -> longIds.currentRevisions(List.of("bbbb")))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessageStartingWith("Can't locate revision identified by 'bbbb'; the version table holds it")
                    .hasMessageEndingWith("; closest matches: bbbb0002");
        }
    }

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

        @Test
        void upgradeOneOrAllBranches() {
            assertUpgrade(graph, "d1", List.of("b"), List.of("c1", "d1"), "d1");
            assertUpgrade(graph, "heads", List.of("a"), List.of("b", "c2", "d2", "c1", "d1"), "d1", "d2");
        }

        @Test
        void downgradeAllBranches() {
            assertDowngrade(graph, "a", List.of("d1", "d2"), List.of("d1", "c1", "d2", "c2", "b"), "a");
        }

        @Test
        void relativeUpgradeOnABranch() {
            assertUpgrade(graph, "c2branch@head-1", List.of("b"), List.of("c2"), "c2");
            assertUpgrade(graph, "c2branch@+1", List.of("c1"), List.of("c2"), "c1", "c2");
            assertUpgrade(graph, "c2branch@+1", List.of("c1", "c2"), List.of("d2"), "c1", "d2");
            assertUpgrade(graph, "base+1", List.of(), List.of("a"), "a");
            assertUpgrade(graph, "+1", List.of(), List.of("a"), "a");
        }

        @Test
        void relativeUpgradeFromSeveralRowsIsAmbiguous() {
            assertThatThrownBy(() -> graph.upgradeSteps("+1", List.of("c1", "c2")))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Ambiguous upgrade from multiple current revisions (c1, c2); use '<branchname>@+1' or"
                            + " a revision id");
        }

        @Test
        void relativeDowngradeFromBase() {
            assertDowngrade(graph, "base+2", List.of("d2", "d1"), List.of("d1", "c1", "d2", "c2"), "b");
            assertDowngrade(graph, "c2branch@base+2", List.of("d2", "d1"), List.of("d2", "c2"), "d1");
            assertDowngrade(graph, "c2", List.of("d2", "d1"), List.of("d2"), "d1", "c2");
            assertDowngrade(graph, "c2branch@base+3", List.of("d2", "d1"), List.of("d2"), "d1", "c2");
        }

        /** Alembic steps down from the first row, warning that this is ambiguous. */
        @Test
        void minusOneStepsDownFromTheFirstRow() {
            assertDowngrade(graph, "-1", List.of("d2", "d1"), List.of("d2"), "d1", "c2");
            assertDowngrade(graph, "-1", List.of("c2", "d1"), List.of("c2"), "d1");
            assertDowngrade(graph, "-1", List.of("d1", "d2"), List.of("d1"), "d2", "c1");
            assertDowngrade(graph, "-1", List.of("c1", "d2"), List.of("c1"), "d2");
            assertDowngrade(graph, "c1branch@-1", List.of("d1", "d2"), List.of("d1"), "c1", "d2");
        }

        @Test
        void relativeToARevision() {
            assertDowngrade(graph, "d2-1", List.of("d2", "c1"), List.of("d2"), "c1", "c2");
            assertDowngrade(graph, "d2-1", List.of("c1", "d2"), List.of("d2"), "c1", "c2");
            assertDowngrade(graph, "c1branch@head-1", List.of("d1", "d2"), List.of("d1"), "c1", "d2");
        }

        @Test
        void branchQualifiedDestinationDowngradesOnlyThatBranch() {
            assertDowngrade(graph, "c1branch@b", List.of("c1", "d2"), List.of("c1"), "d2");
            assertDowngrade(graph, "c2branch@b", List.of("c1", "d2"), List.of("d2", "c2"), "c1");
            assertDowngrade(graph, "c2@b", List.of("d1", "d2"), List.of("d2", "c2"), "d1");
            assertDowngrade(graph, "d1@b", List.of("d1", "d2"), List.of("d1", "c1"), "d2");
        }

        @Test
        void minusOneToAndFromBase() {
            assertDowngrade(graph, "-1", List.of("a"), List.of("a"));
            assertThatThrownBy(() -> graph.downgradeSteps("-1", List.of()))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Relative revision -1 didn't produce 1 migrations");
        }

        @Test
        void downgradeToACurrentRowDoesNothing() {
            assertDowngrade(graph, "c2", List.of("d1", "c2"), List.of(), "d1", "c2");
            assertDowngrade(graph, "d1", List.of("d1", "c2"), List.of(), "d1", "c2");
        }

        @Test
        void branchMinusNWithNoCurrentRevisionOnTheBranchIsExplained() {
            assertThatThrownBy(() -> graph.downgradeSteps("c2branch@-1", List.of("d1")))
                    .isInstanceOf(RevisionStepException.class)
                    .hasMessage("Relative revision c2branch@-1 has nothing to step down from: no current revision is"
                            + " on branch 'c2branch'");
        }
    }
}
