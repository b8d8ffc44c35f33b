package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.MigrationCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of the revision a run is in, as runs that finish leave it: nothing at all. */
class RunProgressTest {
    @TempDir
    Path dir;

    /** H2 writes each statement it refuses to a trace file; looking for a record that is not there is not one. */
    @Test
    void runsThatFinishOnH2LeaveNoTraceFileBesideTheDatabase() throws Exception {
        try (TestDatabase database = TestDatabase.create("h2", dir)) {
            MigrationCommands commands = new MigrationCommands(SampleEnvironment.create(dir, database.url(), "")
                    .catalog(), MigrationLoader.NONE, MigrationListener.SILENT);

            assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).isEmpty();
            commands.stamp(List.of("heads"), false);
            assertThat(commands.downgrade("base", Optional.empty()).steps()).hasSize(7);

            assertThat(database.tables()).containsExactly("alembic_version");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains("trace"));
            }
        }
    }
}
