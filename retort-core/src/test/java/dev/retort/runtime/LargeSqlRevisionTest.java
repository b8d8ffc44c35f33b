package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.MigrationCommands;
import dev.retort.command.ScriptCatalog;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A SQL revision too large to keep in memory with the revisions' metadata is read again when it runs. */
class LargeSqlRevisionTest {
    private static final String LARGE = "ffff00000002";

    @TempDir
    Path dir;

    @Test
    void aSqlRevisionTooLargeToKeepIsReadAgainWhenItRuns() throws Exception {
        StringBuilder upgrade = new StringBuilder("CREATE TABLE big (id INTEGER, note VARCHAR(100));\n");
        for (int i = 0; i < 400; i++) {
            upgrade.append("INSERT INTO big (id, note) VALUES (").append(i).append(", 'row ").append(i)
                    .append("; a semicolon in a string');\n");
        }
        assertThat(upgrade.length()).isGreaterThan(16 * 1024);
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            env.revision("migrations/versions", LARGE, "large", "5a3c2d1e0f9b", "", "", upgrade.toString(),
                    "DROP TABLE big;\n");
            ScriptCatalog catalog = env.catalog();

            assertThat(catalog.directory().sqlBody(LARGE)).as("not kept in memory").isEmpty();
            assertThat(catalog.directory().sqlBody("5a3c2d1e0f9b")).as("a small one is kept").isPresent();

            new MigrationCommands(catalog, MigrationLoader.NONE, MigrationListener.SILENT)
                    .upgrade("heads", Optional.empty());

            assertThat(database.query("SELECT COUNT(*) FROM big")).containsExactly("400");
            assertThat(database.query("SELECT note FROM big WHERE id = 399")).containsExactly(
                    "row 399; a semicolon in a string");
            assertThat(database.versionRows("alembic_version")).contains(LARGE);
        }
    }
}
