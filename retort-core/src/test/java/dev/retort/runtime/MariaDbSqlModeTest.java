package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's sql_mode is the server's, as in the mariadb client: MariaDB Connector/J's IGNORE_SPACE flag,
 * which makes built-in function names reserved words, is taken out of it. A script that sets its own is read in
 * that mode.
 */
class MariaDbSqlModeTest {
    private static final String REVISION = "eeee00000003";

    @TempDir
    Path dir;

    /**
     * A routine as mysqldump writes one made with NO_BACKSLASH_ESCAPES: the script sets that sql_mode before
     * it and the saved one back after it; its strings, and the statements between, are read as the server
     * reads them, and the ones after with backslash escapes again.
     */
    @Test
    void aScriptThatSetsNoBackslashEscapesIsReadInThatMode() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(true);
            env.revision("migrations/versions", REVISION, "paths", "5a3c2d1e0f9b", "", "",
                    "CREATE TABLE paths (id INT PRIMARY KEY, p VARCHAR(20));\n"
                            + "/*!50003 SET @saved_sql_mode       = @@sql_mode */ ;\n"
                            + "/*!50003 SET sql_mode              = 'NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES' */ ;\n"
                            + "INSERT INTO paths VALUES (1, 'C:\\');\n"
                            + "DELIMITER ;;\n"
                            + "CREATE PROCEDURE add_path() BEGIN INSERT INTO paths VALUES (2, 'D:\\'); END ;;\n"
                            + "DELIMITER ;\n"
                            + "/*!50003 SET sql_mode              = @saved_sql_mode */ ;\n"
                            + "CALL add_path();\n"
                            + "INSERT INTO paths VALUES (3, 'it\\'s');\n",
                    "DROP PROCEDURE add_path;\nDROP TABLE paths;\n");

            new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT)
                    .upgrade("heads", Optional.empty());

            assertThat(database.query("SELECT p FROM paths ORDER BY id")).containsExactly("C:\\", "D:\\", "it's");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb://", "mysql://"})
    void tablesNamedAfterFunctionsAreCreatedAndTriggersKeepTheServersSqlMode(String scheme) throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url().replaceFirst("^mariadb://", scheme);
            SampleEnvironment env = SampleEnvironment.create(dir, url, "").forMySql(true);
            env.revision("migrations/versions", REVISION, "function names", "5a3c2d1e0f9b", "", "",
                    "CREATE TABLE position (id INT PRIMARY KEY, title VARCHAR(50));\n"
                            + "CREATE TABLE count (n INT);\n"
                            + "CREATE TRIGGER position_bi BEFORE INSERT ON position FOR EACH ROW\n"
                            + "SET NEW.title = 'x';\n",
                    "DROP TABLE count;\nDROP TABLE position;\n");

            new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT)
                    .upgrade("heads", Optional.empty());

            assertThat(database.tables()).contains("position", "count");
            assertThat(database.query("SELECT @@SESSION.sql_mode")).singleElement(STRING)
                    .doesNotContain("IGNORE_SPACE");
            assertThat(database.query("SELECT sql_mode FROM information_schema.TRIGGERS"
                    + " WHERE trigger_schema = DATABASE() AND trigger_name = 'position_bi'")).singleElement(STRING)
                    .isNotEmpty().doesNotContain("IGNORE_SPACE");
        }
    }
}
