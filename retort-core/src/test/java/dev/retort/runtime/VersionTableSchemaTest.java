package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.MigrationCommands;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code version_table_schema} puts the version table in another schema than the revisions' tables: on MariaDB
 * another database, which its driver calls a catalog. Every run finds the table there again.
 */
class VersionTableSchemaTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2", "postgresql"})
    void runsFindTheVersionTableInTheConfiguredSchema(String kind) throws Exception {
        String meta = "retort_meta_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            execute(kind, database, kind.equals("mariadb") ? "CREATE DATABASE " + meta : "CREATE SCHEMA " + meta);
            try {
                SampleEnvironment env = SampleEnvironment.create(dir, database.url(),
                        "version_table_schema = \"" + meta + "\"\n").forMySql(kind.equals("mariadb"));
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);

                assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
                assertThat(commands.current().rows()).hasSize(2);
                assertThat(commands.upgrade("heads", Optional.empty()).steps()).isEmpty();
                assertThat(database.query("SELECT count(*) FROM " + meta + ".alembic_version")).containsExactly("2");
                assertThat(commands.downgrade("base", Optional.empty()).steps()).hasSize(7);
                assertThat(commands.current().rows()).isEmpty();
                assertThat(database.tables()).doesNotContain("alembic_version", "account");
            } finally {
                if (kind.equals("mariadb")) {
                    execute(kind, database, "DROP DATABASE " + meta);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2", "postgresql", "sqlite"})
    void aVersionTableAndSchemaNamedLikeNoIdentifierAreQuotedAndFoundAgain(String kind) throws Exception {
        boolean schemas = !kind.equals("sqlite");
        String meta = "Meta-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String quote = kind.equals("mariadb") ? "`" : "\"";
        String table = (schemas ? quote + meta + quote + "." : "") + quote + "Version Log" + quote;
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            if (schemas) {
                execute(kind, database, (kind.equals("mariadb") ? "CREATE DATABASE " : "CREATE SCHEMA ")
                        + quote + meta + quote);
            }
            try {
                SampleEnvironment env = SampleEnvironment.create(dir, database.url(),
                        schemas ? "version_table_schema = \"" + meta + "\"\n" : "").forMySql(kind.equals("mariadb"));
                Path config = dir.resolve("retort.toml");
                Files.writeString(config, Files.readString(config).replace("\"alembic_version\"", "\"Version Log\""));
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);

                assertThat(commands.upgrade("heads", Optional.empty()).steps()).hasSize(7);
                assertThat(commands.upgrade("heads", Optional.empty()).steps()).isEmpty();
                assertThat(database.query("SELECT count(*) FROM " + table)).containsExactly("2");
                assertThat(commands.downgrade("base", Optional.empty()).steps()).hasSize(7);
                assertThat(commands.current().rows()).isEmpty();
                assertThat(database.query("SELECT count(*) FROM " + table)).containsExactly("0");
            } finally {
                if (kind.equals("mariadb")) {
                    execute(kind, database, "DROP DATABASE " + quote + meta + quote);
                }
            }
        }
    }

    /** The version statements name the version table's database, so a USE cannot misplace the row. */
    @Test
    void aRevisionThatMovesTheSessionWithUseIsRecordedInTheConfiguredDatabase() throws Exception {
        String meta = "retort_meta_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            execute("mariadb", database, "CREATE DATABASE " + meta);
            try {
                SampleEnvironment env = SampleEnvironment.create(dir, database.url(),
                        "version_table_schema = \"" + meta + "\"\n").forMySql(true);
                env.revision("migrations/versions", "ffff00000001", "moves", "5a3c2d1e0f9b", "", "",
                        "USE " + meta + ";\nCREATE TABLE moved_here (id INTEGER);\n", "DROP TABLE moved_here;\n");
                MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);
                commands.upgrade("5a3c2d1e0f9b", Optional.empty());

                commands.upgrade("ffff00000001", Optional.empty());

                assertThat(database.query("SELECT version_num FROM " + meta + ".alembic_version"))
                        .containsExactly("ffff00000001");
                assertThat(database.query("SELECT count(*) FROM " + meta + ".moved_here")).containsExactly("0");
            } finally {
                execute("mariadb", database, "DROP DATABASE " + meta);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2", "postgresql", "sqlite"})
    void aSchemaThatDoesNotExistIsNamedAndNothingIsCreated(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(),
                    "version_table_schema = \"no_such_schema\"\n").forMySql(kind.equals("mariadb"));
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            assertThat(commands.current().rows()).as("no version table, as Alembic says").isEmpty();
            assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                    .hasMessageStartingWith("Can't create the version table ")
                    .hasMessageEndingWith("Create the schema no_such_schema first, or set version_table_schema to one"
                            + " that exists.");
            assertThat(database.tables()).isEmpty();
        }
    }

    /** No version_table_schema: the table goes where the URL's search path points, which must exist. */
    @Test
    void aSearchPathNamingNoSchemaThatExistsIsNamed() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url() + "?currentSchema=nosuch", "");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                    .hasMessageStartingWith("Can't create the version table alembic_version")
                    .hasMessageEndingWith("The connection's search path (nosuch) names no schema that exists: create"
                            + " the schema it names first, correct the URL's currentSchema or the role's search_path,"
                            + " or set version_table_schema to a schema that exists.");
            assertThat(database.tables()).isEmpty();
        }
    }

    private static void execute(String kind, TestDatabase database, String sql) throws Exception {
        try (Connection connection = kind.equals("mariadb") ? TestDatabase.serverConnection(kind)
                : database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
