package dev.retort.revision;

import static dev.retort.revision.Graphs.ids;
import static dev.retort.revision.Graphs.rowsAfter;
import static dev.retort.revision.Graphs.stepIds;
import static dev.retort.revision.Graphs.trace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample environment of the Alembic reference (section 1.4); every expectation here is what
 * Alembic printed for it. Two version locations, loaded in this order:
 *
 * <pre>
 * alembic/versions:
 *   1975ea83b712 (base)
 *    └ 27c6a30d7c24 (branchpoint)
 *       ├ 3e2f8a9b1c0d
 *       └ 4b6e1f2a3c5d  branch_labels=feature
 *         3e2f, 4b6e ─► 5a3c2d1e0f9b (mergepoint)
 * networking:
 *   6f7e8d9c0b1a (base) branch_labels=networking
 *    └ 7d8c9b0a1e2f  depends_on=27c6a30d7c24
 * </pre>
 */
class SampleGraphTest {
    static final String A1975 = "1975ea83b712";
    static final String B27C6 = "27c6a30d7c24";
    static final String C3E2F = "3e2f8a9b1c0d";
    static final String D4B6E = "4b6e1f2a3c5d";
    static final String E5A3C = "5a3c2d1e0f9b";
    static final String F6F7E = "6f7e8d9c0b1a";
    static final String G7D8C = "7d8c9b0a1e2f";

    static RevisionGraph sample() {
        return RevisionGraph.of(List.of(
                Revision.of(A1975),
                Revision.of(B27C6, A1975),
                Revision.of(C3E2F, B27C6),
                Revision.of(D4B6E, B27C6).withBranchLabels("feature"),
                Revision.of(E5A3C, C3E2F, D4B6E),
                Revision.of(F6F7E).withBranchLabels("networking"),
                Revision.of(G7D8C, F6F7E).withDependsOn(B27C6)));
    }

    private final RevisionGraph graph = sample();

    @Test
    void headsAreListedInMapOrder() {
        assertThat(graph.heads()).containsExactly(E5A3C, G7D8C);
        assertThat(graph.realHeads()).containsExactly(E5A3C, G7D8C);
        assertThat(graph.bases()).containsExactly(A1975, F6F7E);
    }

    @Test
    void describesEachRevisionAsHistoryPrintsIt() {
        assertThat(graph.isBranchPoint(B27C6)).isTrue();
        assertThat(graph.children(B27C6)).containsExactly(C3E2F, D4B6E);
        assertThat(graph.isMergePoint(E5A3C)).isTrue();
        assertThat(graph.branchLabels(E5A3C)).containsExactly("feature");
        assertThat(graph.branchLabels(G7D8C)).containsExactly("networking");
        assertThat(graph.branchLabels(B27C6)).isEmpty();
        assertThat(graph.dependencies(G7D8C)).containsExactly(B27C6);
        assertThat(graph.effectiveParents(G7D8C)).containsExactly(F6F7E, B27C6);
        assertThat(graph.isHead(G7D8C)).isTrue();
        assertThat(graph.isEffectiveHead(G7D8C)).isFalse();
        assertThat(graph.isBase(F6F7E)).isTrue();
    }

    @Test
    void historyListsNewestFirstInAlembicsOrder() {
        assertThat(ids(graph.walk(null, null)))
                .containsExactly(E5A3C, C3E2F, G7D8C, F6F7E, D4B6E, B27C6, A1975);
        assertThat(ids(graph.walk("27c6a", "5a3c"))).containsExactly(E5A3C, C3E2F, D4B6E, B27C6);
        assertThat(ids(graph.walk("27c6a", null))).containsExactly(E5A3C, C3E2F, D4B6E, B27C6);
        assertThat(ids(graph.walk(null, "27c6a"))).containsExactly(B27C6, A1975);
    }

    @Test
    void historyFromOrToTheDatabaseRows() {
        List<String> rows = List.of(C3E2F, G7D8C);
        assertThat(ids(graph.walkBetween(rows, List.of()))).containsExactly(E5A3C, C3E2F, G7D8C);
        assertThat(ids(graph.walkBetween(List.of(), rows)))
                .containsExactly(C3E2F, G7D8C, F6F7E, B27C6, A1975);
        assertThat(ids(graph.walkBetween(List.of(), List.of()))).hasSize(7);
    }

    @Test
    void backwardsHistoryRangeIsAnError() {
        assertThatThrownBy(() -> graph.walk("5a3c", "1975"))
                .isInstanceOf(RangeNotAncestorException.class)
                .hasMessage("Requested range 5a3c:1975 does not refer to ancestor/descendant revisions along the"
                        + " same branch");
    }

    @Test
    void upgradeToHeadsRunsInAlembicsOrderWithItsVersionStatements() {
        List<MigrationStep> steps = graph.upgradeSteps("heads", List.of());
        assertThat(stepIds(steps)).containsExactly(A1975, B27C6, D4B6E, F6F7E, G7D8C, C3E2F, E5A3C);
        assertThat(trace(graph, List.of(), steps)).containsExactly(
                A1975 + ": INSERT " + A1975,
                B27C6 + ": UPDATE " + A1975 + " -> " + B27C6,
                D4B6E + ": UPDATE " + B27C6 + " -> " + D4B6E,
                F6F7E + ": INSERT " + F6F7E,
                G7D8C + ": UPDATE " + F6F7E + " -> " + G7D8C,
                C3E2F + ": INSERT " + C3E2F,
                E5A3C + ": DELETE " + C3E2F + "; UPDATE " + D4B6E + " -> " + E5A3C);
        assertThat(rowsAfter(graph, List.of(), steps)).containsExactly(E5A3C, G7D8C);
    }

    @Test
    void stepsLogLikeAlembic() {
        List<MigrationStep> steps = graph.upgradeSteps("heads", List.of());
        assertThat(steps.get(0).shortLog()).isEqualTo("upgrade  -> " + A1975);
        assertThat(steps.get(6).shortLog()).isEqualTo("upgrade " + C3E2F + ", " + D4B6E + " -> " + E5A3C);
        MigrationStep down = MigrationStep.downgrade(graph.get(E5A3C));
        assertThat(down.shortLog()).isEqualTo("downgrade " + E5A3C + " -> " + C3E2F + ", " + D4B6E);
        assertThat(down.fromRevisions()).containsExactly(E5A3C);
        assertThat(down.toRevisions()).containsExactly(C3E2F, D4B6E);
    }

    @Test
    void downgradeAcrossTheMergeUnmergesThenDeletesTheBranch() {
        List<MigrationStep> steps = graph.downgradeSteps("27c6a", List.of(E5A3C));
        assertThat(trace(graph, List.of(E5A3C), steps)).containsExactly(
                E5A3C + ": INSERT " + C3E2F + "; UPDATE " + E5A3C + " -> " + D4B6E,
                C3E2F + ": DELETE " + C3E2F,
                D4B6E + ": UPDATE " + D4B6E + " -> " + B27C6);
    }

    @Test
    void downgradeToBaseEndsByDeletingTheBase() {
        List<MigrationStep> steps = graph.downgradeSteps("base", List.of(B27C6));
        assertThat(trace(graph, List.of(B27C6), steps)).containsExactly(
                B27C6 + ": UPDATE " + B27C6 + " -> " + A1975,
                A1975 + ": DELETE " + A1975);
    }

    @Test
    void labelledBaseDowngradeUnwindsOnlyThatLine() {
        List<String> heads = List.of(E5A3C, G7D8C);
        List<MigrationStep> main = graph.downgradeSteps("feature@base", heads);
        assertThat(stepIds(main)).containsExactly(E5A3C, C3E2F, G7D8C, D4B6E, B27C6, A1975);
        assertThat(rowsAfter(graph, heads, main)).containsExactly(F6F7E);

        List<MigrationStep> networking = graph.downgradeSteps("networking@base", heads);
        assertThat(stepIds(networking)).containsExactly(G7D8C, F6F7E);
        assertThat(rowsAfter(graph, heads, networking)).containsExactly(E5A3C);
    }

    @Test
    void relativeUpgradeAlongALabelAbsorbsTheDependencyRow() {
        List<MigrationStep> first = graph.upgradeSteps("networking@+1", List.of(A1975));
        assertThat(trace(graph, List.of(A1975), first)).containsExactly(F6F7E + ": INSERT " + F6F7E);

        List<String> rows = List.of(A1975, F6F7E);
        List<MigrationStep> second = graph.upgradeSteps("networking@+1", rows);
        assertThat(trace(graph, rows, second)).containsExactly(
                B27C6 + ": UPDATE " + A1975 + " -> " + B27C6,
                G7D8C + ": DELETE " + F6F7E + "; UPDATE " + B27C6 + " -> " + G7D8C);
        assertThat(rowsAfter(graph, rows, second)).containsExactly(G7D8C);
    }

    /** What Alembic 1.8.1 writes for {@code downgrade 7d8c:6f7e --sql}: the row moves to the dependency. */
    @Test
    void downgradingADependentRevisionRestoresTheDependencyRow() {
        List<MigrationStep> steps = graph.downgradeSteps(F6F7E, List.of(G7D8C));
        assertThat(trace(graph, List.of(G7D8C), steps)).containsExactly(
                G7D8C + ": INSERT " + F6F7E + "; UPDATE " + G7D8C + " -> " + B27C6);
    }

    @Test
    void successiveStampsLeaveTheRowsAlembicLeft() {
        List<String> rows = List.of();
        String[][] expected = {
            {C3E2F, C3E2F}, {D4B6E, C3E2F, D4B6E}, {E5A3C, E5A3C}, {B27C6, B27C6}, {"networking@head", G7D8C},
            {"base"},
        };
        for (String[] stamp : expected) {
            rows = rowsAfter(graph, rows, graph.stampSteps(List.of(stamp[0]), rows, false));
            assertThat(rows).as("after stamp %s", stamp[0])
                    .containsExactly(java.util.Arrays.copyOfRange(stamp, 1, stamp.length));
        }
    }

    @Test
    void offlineStampsIssueAlembicsStatements() {
        assertThat(trace(graph, List.of(), graph.stampSteps(List.of("27c6a"), List.of(), false)))
                .containsExactly("stamp_revision  -> " + B27C6 + ": INSERT " + B27C6);
        assertThat(trace(graph, List.of(B27C6), graph.stampSteps(List.of("5a3c"), List.of(B27C6), false)))
                .containsExactly("stamp_revision " + B27C6 + " -> " + E5A3C + ": UPDATE " + B27C6 + " -> " + E5A3C);
        assertThat(Graphs.sql(graph.versionHeads(List.of()).applyAll(
                graph.stampSteps(List.of("heads"), List.of(), false)).changes()))
                .containsExactly("INSERT " + E5A3C, "INSERT " + G7D8C);
        assertThat(Graphs.sql(graph.versionHeads(List.of(E5A3C)).applyAll(
                graph.stampSteps(List.of("base"), List.of(E5A3C), false)).changes()))
                .containsExactly("DELETE " + E5A3C);
    }

    @Test
    void currentListsRevisionsImpliedByDependencies() {
        assertThat(graph.currentRevisions(List.of(G7D8C))).containsExactly(B27C6, G7D8C);
    }

    @Test
    void shortPrefixesResolveAndAmbiguousSymbolsExplainThemselves() {
        assertThat(graph.resolve("1")).containsExactly(A1975);
        assertThat(graph.resolve("3e")).containsExactly(C3E2F);
        assertThatThrownBy(() -> graph.resolve("head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a specific"
                        + " target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all"
                        + " heads (heads: " + E5A3C + ", " + G7D8C + ")");
        assertThatThrownBy(() -> graph.walk("-1", null))
                .isInstanceOf(RevisionStepException.class)
                .hasMessageStartingWith("Ambiguous walk: " + E5A3C + " merges " + C3E2F + ", " + D4B6E);
    }

    @Test
    void relativeStepPastAHeadIsAnErrorNotACrash() {
        assertThatThrownBy(() -> graph.upgradeSteps("5a3c+1", List.of(E5A3C)))
                .isInstanceOf(RevisionStepException.class)
                .hasMessage("Walked too far: relative revision '5a3c+1' goes past a head revision");
    }

    @Test
    void upgradeToARevisionAlreadyAppliedRunsNothingAsInAlembic() {
        assertThat(graph.upgradeSteps("1975", List.of(E5A3C))).isEmpty();
        assertThat(graph.upgradeSteps("heads", List.of(E5A3C, G7D8C))).isEmpty();
    }
}
