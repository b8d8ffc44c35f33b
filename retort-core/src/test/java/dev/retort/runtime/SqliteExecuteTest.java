package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code op.execute()} with several statements on SQLite, whose driver would run only the first: online
 * each statement runs, and the script written offline holds each as a statement of its own.
 */
class SqliteExecuteTest {
    private static final String DATA = "eeee00000002";
    private static final String TWO_INSERTS = "INSERT INTO account (id, name) VALUES (101, 'ada; the second');\n"
            + "-- and one more\n"
            + "INSERT INTO account (id, name) VALUES (102, 'grace')";

    @TempDir
    Path dir;

    @Test
    void everyStatementOfTheExecutedSqlRunsOnline() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir, database.url(),
                    ""), DATA, executing(TWO_INSERTS));

            commands.upgrade(DATA, Optional.empty());

            assertThat(database.query("SELECT name FROM account WHERE id > 100 ORDER BY id"))
                    .containsExactly("ada; the second", "grace");
        }
    }

    @Test
    void theScriptWrittenOfflineHoldsEachStatementOfTheExecutedSql() {
        MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir,
                "sqlite:///" + dir.resolve("none.db"), ""), DATA, executing(TWO_INSERTS));
        StringBuilder script = new StringBuilder();

        commands.upgradeSql("5a3c2d1e0f9b:" + DATA, Optional.empty(), script);

        assertThat(script).hasToString("-- Running upgrade 5a3c2d1e0f9b -> " + DATA + "\n\n"
                + "INSERT INTO account (id, name) VALUES (101, 'ada; the second');\n\n"
                + "INSERT INTO account (id, name) VALUES (102, 'grace');\n\n"
                + "UPDATE alembic_version SET version_num='" + DATA + "' WHERE alembic_version.version_num = "
                + "'5a3c2d1e0f9b';\n\n");
    }

    private static Migration executing(String sql) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) {
                op.execute(sql);
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
    }
}
