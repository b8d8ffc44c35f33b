package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.MigrationCommands;
import dev.retort.command.RunResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference sample as SQL revisions (tables, an index, a data migration, a branch, a merge and a
 * dependency) upgraded step by step and downgraded to base on each database, checked through the
 * database's own catalog.
 */
class OnlineRoundTripTest {
    private static final String VERSION = "alembic_version";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void upgradesStepByStepThenDowngradesToBase(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "")
                    .forMySql(kind.equals("mariadb"));
            List<String> progress = new ArrayList<>();
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    (step, line) -> progress.add(line));

            assertThat(commands.current().revisions()).isEmpty();
            assertThat(database.tables()).doesNotContain(VERSION);

            upgrade(commands, database, "1975", "1975ea83b712");
            assertThat(progress).containsExactly("Running upgrade  -> 1975ea83b712, create account table");
            assertThat(database.tables()).containsExactly("account", VERSION);
            upgrade(commands, database, "27c6", "27c6a30d7c24");
            upgrade(commands, database, "3e2f", "3e2f8a9b1c0d");
            assertThat(database.indexes("account")).contains("ix_account_name");
            upgrade(commands, database, "4b6e", "3e2f8a9b1c0d", "4b6e1f2a3c5d");
            assertThat(database.query("SELECT role FROM account_role")).containsExactly("owner");
            upgrade(commands, database, "networking@head", "3e2f8a9b1c0d", "4b6e1f2a3c5d", "7d8c9b0a1e2f");
            RunResult last = upgrade(commands, database, "heads", "5a3c2d1e0f9b", "7d8c9b0a1e2f");
            assertThat(last.steps()).hasSize(1);
            assertThat(database.tables()).containsExactly("account", "account_role", VERSION, "ip_address",
                    "network", "settings");
            assertThat(commands.upgrade("heads", Optional.empty()).steps()).isEmpty();

            RunResult down = commands.downgrade("base", Optional.empty());
            assertThat(down.steps()).hasSize(7);
            assertThat(down.rowsAfter()).isEmpty();
            assertThat(database.versionRows(VERSION)).isEmpty();
            assertThat(database.tables()).containsExactly(VERSION);
        }
    }

    private static RunResult upgrade(MigrationCommands commands, TestDatabase database, String target,
            String... rows) throws Exception {
        RunResult result = commands.upgrade(target, Optional.empty());
        assertThat(result.rowsAfter()).containsExactlyInAnyOrder(rows);
        assertThat(database.versionRows(VERSION)).containsExactlyInAnyOrder(rows);
        return result;
    }
}
