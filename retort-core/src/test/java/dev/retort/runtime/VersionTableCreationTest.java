package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A database user that may not create the version table is told that, not only what the server said. */
class VersionTableCreationTest {
    @TempDir
    Path dir;

    @Test
    void aUserWithoutTheRightToCreateTablesIsToldTheVersionTableCouldNotBeMade() throws Exception {
        String role = "retort_reader_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestDatabase database = TestDatabase.create("postgresql", dir);
                Connection admin = TestDatabase.serverConnection("postgresql");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN");
            try {
                String name = database.url().substring(database.url().lastIndexOf('/') + 1);
                try (Connection owner = database.connect(); Statement revoke = owner.createStatement()) {
                    revoke.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
                }
                String url = "postgresql://" + role + "@127.0.0.1:5432/" + name;
                SampleEnvironment env = new SampleEnvironment(dir);
                env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + url + "\"\n");
                env.revision("m/versions", "aaaa00000001", "one", "", "", "", "SELECT 1;\n", "SELECT 1;\n");
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);

                assertThatThrownBy(() -> commands.upgrade("head", Optional.empty()))
                        .isInstanceOf(MigrationException.class)
                        .hasMessageStartingWith("Can't create the version table retort_version, which records the"
                                + " revisions applied: ERROR: permission denied for schema public")
                        .hasMessageContaining("'retort ensure-version --sql' prints its CREATE TABLE");
                assertThat(database.tables()).isEmpty();
            } finally {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    /** The catalog reads the name as a pattern, in which '_' stands for any character. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "mariadb", "h2", "postgresql"})
    void aTableNamedLikeTheVersionTableIsNotTakenForIt(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE retortXversion (x INTEGER)");
            }
            SampleEnvironment env = new SampleEnvironment(dir);
            env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n");
            env.revision("m/versions", "aaaa00000001", "one", "", "", "", "SELECT 1;\n", "SELECT 1;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            assertThat(commands.current().rows()).isEmpty();
            assertThat(commands.upgrade("head", Optional.empty()).steps()).hasSize(1);
            assertThat(database.versionRows("retort_version")).containsExactly("aaaa00000001");
        }
    }

    /** On MariaDB such a user still runs data revisions on a version table made by another, without the record. */
    @Test
    void aUserWhoMayOnlyChangeRowsRunsDataRevisionsOnMariaDb() throws Exception {
        String user = "retort_rows_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (TestDatabase database = TestDatabase.create("mariadb", dir);
                Connection admin = TestDatabase.serverConnection("mariadb");
                Statement statement = admin.createStatement()) {
            String name = database.url().substring(database.url().lastIndexOf('/') + 1);
            statement.execute("CREATE TABLE " + name + ".retort_version (version_num VARCHAR(32) PRIMARY KEY)");
            statement.execute("CREATE TABLE " + name + ".note (id INTEGER)");
            statement.execute("CREATE USER '" + user + "'@'%'");
            try {
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + name + ".* TO '" + user + "'@'%'");
                SampleEnvironment env = new SampleEnvironment(dir);
                env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"mariadb://" + user
                        + "@127.0.0.1:3306/" + name + "\"\n");
                env.revision("m/versions", "aaaa00000001", "one", "", "", "", "INSERT INTO note VALUES (1);\n",
                        "DELETE FROM note;\n");
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);

                assertThat(commands.upgrade("head", Optional.empty()).steps()).hasSize(1);
                assertThat(database.query("SELECT id FROM note")).containsExactly("1");
                assertThat(database.versionRows("retort_version")).containsExactly("aaaa00000001");
                assertThat(database.tables()).containsExactlyInAnyOrder("note", "retort_version");
            } finally {
                statement.execute("DROP USER '" + user + "'@'%'");
            }
        }
    }
}
