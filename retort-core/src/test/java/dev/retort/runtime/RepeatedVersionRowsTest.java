package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A version table without a primary key that holds a revision twice (two runs of another tool at once) is refused
 * before anything runs, with the stamp that sets it right.
 */
class RepeatedVersionRowsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "mariadb"})
    void aRevisionHeldTwiceIsRefusedBeforeAnythingRuns(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(kind.equals("mariadb"));
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)");
                statement.execute("INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712')");
                statement.execute("INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712')");
            }

            MigrationException refusal = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(refusal.getMessage()).contains("holds 1975ea83b712 more than once")
                    .contains("'stamp --purge 1975ea83b712'");
            assertThat(database.tables()).containsExactly("alembic_version");
            commands.stamp(List.of("1975ea83b712"), true);
            assertThat(database.versionRows("alembic_version")).containsExactly("1975ea83b712");
        }
    }
}
