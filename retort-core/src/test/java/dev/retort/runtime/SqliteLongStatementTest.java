package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A statement over the JDBC driver's default million bytes runs, as in Python's sqlite3 and the sqlite3 shell. */
class SqliteLongStatementTest {
    @TempDir
    Path dir;

    @Test
    void aStatementOfMoreThanAMillionBytesRuns() throws Exception {
        String text = "x".repeat(1_100_000);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            SampleEnvironment env = new SampleEnvironment(dir);
            env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n");
            env.revision("m/versions", "aaaa00000001", "long", "", "", "",
                    "CREATE TABLE note (body TEXT);\nINSERT INTO note VALUES ('" + text + "');\n", "DROP TABLE note;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            commands.upgrade("head", Optional.empty());

            assertThat(database.query("SELECT length(body) FROM note")).containsExactly("1100000");
        }
    }
}
