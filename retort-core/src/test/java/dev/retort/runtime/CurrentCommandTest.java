package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.CurrentResult;
import dev.retort.command.MigrationCommands;
import dev.retort.command.RevisionView;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code current} and {@code --check-heads} on SQLite. */
class CurrentCommandTest {

    @TempDir
    Path dir;

    /**
     * <pre>
     * x1 (effective head: y2 depends on it)
     * y1 ── y2 (head, depends on x1)
     * </pre>
     */
    @Test
    void effectiveHeadReachedThroughADependencyCountsAsReached() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            SampleEnvironment env = new SampleEnvironment(dir);
            env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n");
            env.revision("m/versions", "aaaa000000x1", "x one", "", "", "", "SELECT 1;\n", "SELECT 1;\n");
            env.revision("m/versions", "bbbb000000y1", "y one", "", "", "", "SELECT 1;\n", "SELECT 1;\n");
            env.revision("m/versions", "bbbb000000y2", "y two", "bbbb000000y1", "", "aaaa000000x1",
                    "SELECT 1;\n", "SELECT 1;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            assertThatThrownBy(commands::checkHeads).hasMessage("Database is not on all head revisions");
            assertThat(database.tables()).as("current never creates the version table").isEmpty();

            commands.upgrade("heads", Optional.empty());
            assertThat(database.versionRows("retort_version")).containsExactly("bbbb000000y2");
            CurrentResult current = commands.checkHeads();
            assertThat(current.rows()).containsExactly("bbbb000000y2");
            assertThat(current.revisions()).extracting(RevisionView::id).contains("bbbb000000y2");
            assertThat(current.redactedUrl()).startsWith("sqlite:///");
        }
    }
}
