package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The session's sql_mode is the server's, as in the mariadb client: MariaDB Connector/J's IGNORE_SPACE flag,
 * which makes built-in function names reserved words, is taken out of it.
 */
class MariaDbSqlModeTest {
    private static final String REVISION = "eeee00000003";

    @TempDir
    Path dir;

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
