package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import dev.retort.compile.RevisionCompiler;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing statement of a compiled Java revision is located at the line that asked for its operation. */
class JavaStatementLocationTest {
    @TempDir
    Path dir;

    @Test
    void theMessageNamesTheLineOfTheOperationWhoseStatementFailed() throws Exception {
        SampleEnvironment env = new SampleEnvironment(dir);
        Path file = env.write("m/versions/aaaa00000001_step.java", """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "aaaa00000001", revises = {}, message = "step", createDate = "2026-12-06 00:00:00.000000")
                class Step_aaaa00000001 implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        for (String name : names()) {
                            op.createTable(name, column("id", INTEGER));
                        }
                        op.execute("SELECT no_such_column FROM t1");
                    }

                    private static String[] names() {
                        return new String[] {"t1", "t2"};
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n");
            Path cache = dir.resolve("m").resolve(RevisionCompiler.CACHE_FOLDER);
            MigrationCommands commands = new MigrationCommands(env.catalog(),
                    scripts -> new RevisionCompiler(cache).loadWithoutCompilingPlain(scripts), MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("head", Optional.empty()));

            assertThat(failure.location()).isEqualTo(file.toAbsolutePath() + ":14");
            assertThat(failure.getMessage()).contains("failed at " + file.toAbsolutePath() + ":14: ")
                    .contains("no such column");
        }
    }
}
