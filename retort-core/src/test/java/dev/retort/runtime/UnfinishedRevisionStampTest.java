package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revision.MigrationStep;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stamp a failed or unfinished step's message advises for "complete the rest by hand": it must leave the rows
 * the step would have left, including those of other lines.
 */
class UnfinishedRevisionStampTest {
    // main: a1 <- a2 <- a3; billing: a2 <- b1 <- b2; reporting: r1 (a second base) <- r2, which depends on b1.
    private final RevisionGraph graph = RevisionGraph.of(List.of(
            revision("a1", List.of(), List.of()), revision("a2", List.of("a1"), List.of()),
            revision("a3", List.of("a2"), List.of()), revision("b1", List.of("a2"), List.of()),
            revision("b2", List.of("b1"), List.of()), revision("r1", List.of(), List.of()),
            revision("r2", List.of("r1"), List.of("b1"))));

    private static Revision revision(String id, List<String> parents, List<String> dependsOn) {
        return new Revision(id, parents, List.of(), dependsOn);
    }

    @Test
    void aStepOnOneLineIsStampedByItsOwnRevisions() {
        assertThat(UnfinishedRevision.stampAfter(graph, MigrationStep.upgrade(graph.get("a3")), List.of("a2", "r1")))
                .isEqualTo("a3");
        assertThat(UnfinishedRevision.stampAfter(graph, MigrationStep.downgrade(graph.get("a3")), List.of("a3", "r1")))
                .isEqualTo("a2");
    }

    @Test
    void theDowngradeOfABaseKeepsTheOtherLinesRowsInsteadOfStampingBase() {
        assertThat(UnfinishedRevision.stampAfter(graph, MigrationStep.downgrade(graph.get("r1")), List.of("a3", "r1")))
                .isEqualTo("--purge a3");
        assertThat(UnfinishedRevision.stampAfter(graph, MigrationStep.downgrade(graph.get("a1")), List.of("a1")))
                .isEqualTo("base");
    }

    @Test
    void aDowngradeToParentsAnotherRowReachesKeepsThatRow() {
        assertThat(UnfinishedRevision.stampAfter(graph, MigrationStep.downgrade(graph.get("b2")),
                List.of("a3", "b2", "r2"))).isEqualTo("--purge a3 r2");
    }
}
