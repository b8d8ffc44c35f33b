package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision whose script ends while its own {@code LOCK TABLES} is in force: the session could use no other
 * table, so the locks are released ({@code UNLOCK TABLES}) before the version row is written, online and in a
 * {@code --sql} script, which the mysql client would otherwise stop at the version row too.
 */
class MariaDbLockTablesTest {
    private static final String REVISION = "eeee00000004";
    private static final String LOCKING = "CREATE TABLE locked (id INT PRIMARY KEY);\nLOCK TABLES locked WRITE;\n"
            + "INSERT INTO locked VALUES (1);\n";

    @TempDir
    Path dir;

    @Test
    void aRevisionThatLeavesTablesLockedIsRecordedAndTheRunGoesOn() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(true);
            env.revision("migrations/versions", REVISION, "locks", "5a3c2d1e0f9b", "", "", LOCKING,
                    "LOCK TABLES locked WRITE;\nDELETE FROM locked;\nUNLOCK TABLES;\nDROP TABLE locked;\n");
            env.revision("migrations/versions", "eeee00000005", "after the lock", REVISION, "", "",
                    "CREATE TABLE after_lock (id INT);\n", "DROP TABLE after_lock;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            commands.upgrade("heads", Optional.empty());

            assertThat(database.versionRows("alembic_version")).contains("eeee00000005");
            assertThat(database.query("SELECT id FROM locked")).containsExactly("1");
            assertThat(database.tables()).contains("after_lock").doesNotContain("alembic_version_progress");

            commands.downgrade("5a3c2d1e0f9b", Optional.empty());

            assertThat(database.tables()).doesNotContain("locked", "after_lock", "alembic_version_progress");
        }
    }

    /**
     * A revision that fails while its tables are locked: after the rollback the locks are released, so that the
     * version table and the revision's record can be read for the message.
     */
    @Test
    void aRevisionThatFailsWhileTablesAreLockedSaysWhatTheVersionTableHolds() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(true);
            env.revision("migrations/versions", REVISION, "locks", "5a3c2d1e0f9b", "", "",
                    LOCKING + "INSERT INTO not_locked VALUES (1);\n", "DROP TABLE locked;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.getMessage()).contains("Applied from revision " + REVISION + ": 2 statement(s):\n"
                    + "    CREATE TABLE locked (id INT PRIMARY KEY)\n    LOCK TABLES locked WRITE\n"
                    + "Rolled back, as they ran after the last commit: 1 statement(s):\n"
                    + "    INSERT INTO locked VALUES (1)\nThe version table holds: 5a3c2d1e0f9b, 7d8c9b0a1e2f\n");
            assertThat(failure.versionRows()).hasValue(List.of("5a3c2d1e0f9b", "7d8c9b0a1e2f"));
            assertThat(database.query("SELECT id FROM locked")).isEmpty();
        }
    }

    @Test
    void aScriptUnlocksTheTablesBeforeTheVersionRow() {
        SampleEnvironment env = SampleEnvironment.create(dir, "mariadb://root@localhost/db", "").forMySql(true);
        env.revision("migrations/versions", REVISION, "locks", "5a3c2d1e0f9b", "", "", LOCKING, "SELECT 1;\n");
        StringBuilder script = new StringBuilder();

        new MigrationCommands(env.catalog(), MigrationLoader.NONE, MigrationListener.SILENT)
                .upgradeSql("5a3c2d1e0f9b:" + REVISION, Optional.empty(), script);

        assertThat(script.toString()).contains("LOCK TABLES locked WRITE;\n\nINSERT INTO locked VALUES (1);\n\n"
                + "UNLOCK TABLES;\n\nUPDATE alembic_version ");
    }
}
