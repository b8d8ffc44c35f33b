package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A script may set the session's character sets, as mysqldump does around every trigger, routine and view made
 * over a latin1 connection: it runs as in the mariadb client, which sends the script's bytes as they are.
 */
class MariaDbCharacterSetTest {
    private static final String REVISION = "eeee00000003";
    private static final String NEXT = "eeee00000004";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mariadb://", "mysql://"})
    void aScriptSettingALatin1CharacterSetRunsAsInTheClientAndTheNextRevisionIsUnaffected(String scheme)
            throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url().replaceFirst("^mariadb://", scheme);
            SampleEnvironment env = SampleEnvironment.create(dir, url, "").forMySql(true);
            env.revision("migrations/versions", REVISION, "latin1 objects", "5a3c2d1e0f9b", "", "",
                    "CREATE TABLE labels (id INT, label VARCHAR(20));\n"
                            + "/*!50003 SET character_set_client = latin1 */;\n"
                            + "CREATE TRIGGER labels_bi BEFORE INSERT ON labels FOR EACH ROW SET NEW.id = NEW.id + 1;\n"
                            + "/*!50003 SET character_set_client = utf8mb4 */;\n"
                            + "SET NAMES latin1;\n"
                            + "SET character_set_results = latin1;\n"
                            + "INSERT INTO labels VALUES (1, 'caf\u00e9');\n"
                            + "SET NAMES utf8mb4;\n"
                            + "INSERT INTO labels VALUES (2, 'caf\u00e9');\n"
                            + "SET NAMES latin1;\n",
                    "DROP TABLE labels;\n");
            env.revision("migrations/versions", NEXT, "after latin1", REVISION, "", "",
                    "INSERT INTO labels VALUES (10, 'caf\u00e9');\n", "DELETE FROM labels WHERE id = 11;\n");

            new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT)
                    .upgrade("heads", Optional.empty());

            assertThat(database.query("SELECT character_set_client FROM information_schema.TRIGGERS"
                    + " WHERE trigger_schema = DATABASE() AND trigger_name = 'labels_bi'")).containsExactly("latin1");
            assertThat(database.query("SELECT CONCAT(id, ' ', HEX(label)) FROM labels ORDER BY id"))
                    .as("the UTF-8 bytes of the script read as latin1 under SET NAMES latin1, as the client sends them")
                    .containsExactly("2 636166C383C2A9", "3 636166C3A9", "11 636166C3A9");
            assertThat(database.versionRows("alembic_version")).contains(NEXT);
        }
    }

    @Test
    void aUrlWithItsOwnSessionVariablesIsToldHowToLetTheScriptRun() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url() + (database.url().contains("?") ? "&" : "?")
                    + "sessionVariables=wait_timeout=600";
            SampleEnvironment env = SampleEnvironment.create(dir, url, "").forMySql(true);
            env.revision("migrations/versions", REVISION, "latin1", "5a3c2d1e0f9b", "", "",
                    "SET NAMES latin1;\n", "");

            assertThatThrownBy(() -> new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT).upgrade("heads", Optional.empty()))
                    .hasMessageContaining("Only utf8 / utf8mb3 / utf8mb4 are supported")
                    .hasMessageContaining("add session_track_system_variables='autocommit,time_zone'");
        }
    }
}
