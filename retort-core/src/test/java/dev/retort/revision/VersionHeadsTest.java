package dev.retort.revision;

import static dev.retort.revision.Graphs.graph;
import static dev.retort.revision.Graphs.rev;
import static dev.retort.revision.Graphs.sql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The version table rules (Alembic's HeadMaintainer) one step at a time.
 *
 * <pre>
 * a → b → c ─┬→ m → n
 *     b → d ─┘
 * x → y ⇢ depends on c
 * </pre>
 */
class VersionHeadsTest {
    private final RevisionGraph graph = graph(rev("a"), rev("b", "a"), rev("c", "b"), rev("d", "b"), rev("m", "c", "d"),
            rev("n", "m"), rev("x"), rev("y", "x").withDependsOn("c"));

    private Transition up(List<String> rows, String id) {
        return graph.versionHeads(rows).apply(MigrationStep.upgrade(graph.get(id)));
    }

    private Transition down(List<String> rows, String id) {
        return graph.versionHeads(rows).apply(MigrationStep.downgrade(graph.get(id)));
    }

    @Test
    void upgradingABaseInsertsARow() {
        Transition transition = up(List.of(), "a");
        assertThat(sql(transition.changes())).containsExactly("INSERT a");
        assertThat(transition.rows()).containsExactly("a");
        assertThat(sql(up(List.of("b"), "x").changes())).containsExactly("INSERT x");
    }

    @Test
    void upgradingAlongALineUpdatesTheRow() {
        assertThat(sql(up(List.of("a"), "b").changes())).containsExactly("UPDATE a -> b");
    }

    @Test
    void branchingInsertsTheSecondChild() {
        Transition transition = up(List.of("c"), "d");
        assertThat(sql(transition.changes())).containsExactly("INSERT d");
        assertThat(transition.rows()).containsExactly("c", "d");
    }

    @Test
    void mergeDeletesAllButTheLastParentRowAndUpdatesTheLast() {
        Transition transition = up(List.of("c", "d", "x"), "m");
        assertThat(sql(transition.changes())).containsExactly("DELETE c", "UPDATE d -> m");
        assertThat(transition.rows()).containsExactly("m", "x");
    }

    @Test
    void mergeWithOneParentImpliedByAnotherRowUpdatesTheOther() {
        assertThat(sql(up(List.of("d", "y"), "m").changes())).containsExactly("UPDATE d -> m");
    }

    @Test
    void upgradeAbsorbsTheRowOfADependency() {
        Transition transition = up(List.of("c", "x"), "y");
        assertThat(sql(transition.changes())).containsExactly("DELETE x", "UPDATE c -> y");
        assertThat(transition.rows()).containsExactly("y");
    }

    @Test
    void upgradeWhoseDependencyIsImpliedUpdatesOnlyItsParent() {
        assertThat(sql(up(List.of("m", "x"), "y").changes())).containsExactly("UPDATE x -> y");
    }

    @Test
    void downgradingABaseDeletesItsRow() {
        assertThat(sql(down(List.of("a"), "a").changes())).containsExactly("DELETE a");
    }

    @Test
    void downgradingAlongALineUpdatesTheRow() {
        assertThat(sql(down(List.of("n"), "n").changes())).containsExactly("UPDATE n -> m");
    }

    @Test
    void unmergeInsertsOtherParentsAndMovesTheRowToTheLastParent() {
        Transition transition = down(List.of("m"), "m");
        assertThat(sql(transition.changes())).containsExactly("INSERT c", "UPDATE m -> d");
        assertThat(transition.rows()).containsExactly("c", "d");
    }

    @Test
    void unmergeSkipsParentsOtherRowsStillImply() {
        assertThat(sql(down(List.of("m", "y"), "m").changes())).containsExactly("UPDATE m -> d");
    }

    @Test
    void downgradeToAParentAnotherRowImpliesDeletesTheRow() {
        Transition transition = down(List.of("d", "y"), "d");
        assertThat(sql(transition.changes())).containsExactly("DELETE d");
        assertThat(transition.rows()).containsExactly("y");
    }

    /** As Alembic: the row moves to the last revision returned to (parents, then dependencies). */
    @Test
    void downgradingADependentRestoresTheDependencyRow() {
        Transition transition = down(List.of("y"), "y");
        assertThat(sql(transition.changes())).containsExactly("INSERT x", "UPDATE y -> c");
        assertThat(transition.rows()).containsExactly("c", "x");
    }

    /**
     * p → q → r, and r also depends on p (an ancestor of its own parent). Alembic would insert p next to q
     * here, leaving a row that q already implies; the rows stay the tips of what is applied instead.
     */
    @Test
    void downgradeNeverLeavesARowAnotherRowImplies() {
        RevisionGraph lines = graph(rev("p"), rev("q", "p"), rev("r", "q").withDependsOn("p"), rev("s"));
        Transition transition = lines.versionHeads(List.of("r", "s")).apply(MigrationStep.downgrade(lines.get("r")));
        assertThat(sql(transition.changes())).containsExactly("UPDATE r -> q");
        assertThat(transition.rows()).containsExactly("q", "s");
    }

    @Test
    void applyAllChainsTransitions() {
        Transition transition = graph.versionHeads(List.of())
                .applyAll(graph.upgradeSteps("n", List.of()));
        assertThat(sql(transition.changes())).containsExactly("INSERT a", "UPDATE a -> b", "UPDATE b -> d",
                "INSERT c", "DELETE c", "UPDATE d -> m", "UPDATE m -> n");
        assertThat(transition.heads()).isEqualTo(graph.versionHeads(List.of("n")));
    }

    @Test
    void rowsAreASetListedInMapOrder() {
        VersionHeads heads = graph.versionHeads(List.of("x", "c", "x"));
        assertThat(heads.rows()).containsExactly("c", "x");
        assertThat(heads.size()).isEqualTo(2);
        assertThat(heads.contains("x")).isTrue();
        assertThat(heads.contains("nope")).isFalse();
        assertThat(heads).isEqualTo(graph.versionHeads(List.of("c", "x"))).hasSameHashCodeAs(
                graph.versionHeads(List.of("c", "x")));
        assertThat(graph.versionHeads(List.of()).isEmpty()).isTrue();
    }

    @Test
    void stepsThatDoNotFitTheRowsAreRefusedWithTheRows() {
        assertThatThrownBy(() -> up(List.of("b"), "b"))
                .isInstanceOf(RevisionStepException.class)
                .hasMessage("Can't apply 'upgrade a -> b' to version table rows (b): revision b is already in the"
                        + " version table");
        assertThatThrownBy(() -> down(List.of("a"), "b"))
                .isInstanceOf(RevisionStepException.class)
                .hasMessage("Can't apply 'downgrade b -> a' to version table rows (a): revision b is not in the"
                        + " version table");
        assertThatThrownBy(() -> graph.versionHeads(List.of("nope")))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessageStartingWith("Can't locate revision identified by 'nope'");
    }
}
