package dev.retort.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.AlembicFormat.LineParts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlembicFormatTest {
    private static final String DOCSTRING = "merge branches\n\nRevision ID: 5a3c2d1e0f9b\n"
            + "Revises: 3e2f8a9b1c0d, 4b6e1f2a3c5d\nCreate Date: 2026-11-22 01:20:55.615988\n";

    private static RevisionView merge() {
        return new RevisionView("5a3c2d1e0f9b", List.of("3e2f8a9b1c0d", "4b6e1f2a3c5d"), List.of(), List.of("feature"),
                true, true, false, true, List.of(), false, DOCSTRING, Path.of("/p/versions/5a3c2d1e0f9b_merge_branches.java"));
    }

    private static RevisionView dependent(boolean realHead) {
        return new RevisionView("7d8c9b0a1e2f", List.of("6f7e8d9c0b1a"), List.of("27c6a30d7c24"), List.of("networking"),
                true, realHead, false, false, List.of(), false, "add ip table\n\nRevision ID: 7d8c9b0a1e2f\n",
                Path.of("/p/networking/7d8c9b0a1e2f_add_ip_table.java"));
    }

    @Test
    void historyLineHasParentsLabelsMarkersAndDoc() {
        assertThat(AlembicFormat.line(merge(), LineParts.HISTORY))
                .isEqualTo("3e2f8a9b1c0d, 4b6e1f2a3c5d -> 5a3c2d1e0f9b (feature) (head) (mergepoint), merge branches");
    }

    @Test
    void historyLineShowsDependenciesInParenthesesAfterTheParents() {
        assertThat(AlembicFormat.line(dependent(true), LineParts.HISTORY))
                .isEqualTo("6f7e8d9c0b1a (27c6a30d7c24) -> 7d8c9b0a1e2f (networking) (head), add ip table");
    }

    @Test
    void headThatOthersDependOnIsAnEffectiveHead() {
        assertThat(AlembicFormat.line(dependent(false), LineParts.HEADS)).isEqualTo("7d8c9b0a1e2f (networking) (effective head)");
    }

    @Test
    void headsLineDropsParentsTreeMarkersAndDoc() {
        assertThat(AlembicFormat.line(merge(), LineParts.HEADS)).isEqualTo("5a3c2d1e0f9b (feature) (head)");
    }

    @Test
    void currentMarkerFollowsTheHeadMarker() {
        assertThat(AlembicFormat.line(merge().withCurrent(true), LineParts.HISTORY))
                .isEqualTo("3e2f8a9b1c0d, 4b6e1f2a3c5d -> 5a3c2d1e0f9b (feature) (head) (current) (mergepoint), merge branches");
    }

    @Test
    void logEntryIsAlembicsRevBlock() {
        assertThat(AlembicFormat.logEntry(merge())).isEqualTo("""
                Rev: 5a3c2d1e0f9b (head) (mergepoint)
                Merges: 3e2f8a9b1c0d, 4b6e1f2a3c5d
                Branch names: feature
                Path: /p/versions/5a3c2d1e0f9b_merge_branches.java

                    merge branches
                   \s
                    Revision ID: 5a3c2d1e0f9b
                    Revises: 3e2f8a9b1c0d, 4b6e1f2a3c5d
                    Create Date: 2026-11-22 01:20:55.615988
                """);
    }

    @Test
    void docIsTheFirstParagraphOfTheDocstring() {
        assertThat(merge().doc()).isEqualTo("merge branches");
    }
}
