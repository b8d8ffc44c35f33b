package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import dev.retort.command.ScriptCatalog;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.RevisionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A revision whose third statement fails, on top of the sample at both heads: databases with
 * transactional DDL are left exactly as before it; on MariaDB and H2, whose DDL commits, the message
 * says what was applied.
 */
class FailedRevisionTest {
    private static final String BROKEN = "ffff00000001";

    @TempDir
    Path dir;

    private SampleEnvironment environment(TestDatabase database, String extraConfig) {
        return environment(database, extraConfig, "CREATE TABLE half_done (id INTEGER);\n"
                + "INSERT INTO half_done (id) VALUES (1);\nINSERT INTO no_such_table (id) VALUES (1);\n");
    }

    private SampleEnvironment environment(TestDatabase database, String extraConfig, String brokenUpgrade) {
        SampleEnvironment env = SampleEnvironment.create(dir, database.url(), extraConfig)
                .forMySql(database.kind().equals("mariadb"));
        env.revision("migrations/versions", BROKEN, "breaks", "5a3c2d1e0f9b", "", "", brokenUpgrade,
                "DROP TABLE half_done;\n");
        return env;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void aDumpsOwnTransactionIsRefusedUnlessItsSectionRunsOutsideOne(String kind) throws Exception {
        String dump = "BEGIN TRANSACTION;\nCREATE TABLE half_done (id INTEGER);\nCOMMIT;\n";
        if (kind.equals("mariadb")) {
            dump = dump.replace("BEGIN TRANSACTION", "START TRANSACTION");
        }
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = environment(database, "", dump);
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            MigrationException refused = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(refused.getMessage()).startsWith("Can't run revision " + BROKEN + " (")
                    .contains("_breaks.sql): line 8: '" + dump.lines().findFirst().orElseThrow().replace(";", "")
                            + "' controls the transaction")
                    .contains("'-- retort:upgrade transaction=false'");
            assertThat(database.tables()).as("nothing ran").isEmpty();

            Path file = dir.resolve("migrations/versions/" + BROKEN + "_breaks.sql");
            Files.writeString(file, Files.readString(file).replace("-- retort:upgrade\n",
                    "-- retort:upgrade transaction=false\n"));
            new MigrationCommands(ScriptCatalog.load(env.catalog().config()), MigrationLoader.NONE,
                    MigrationListener.SILENT).upgrade("heads", Optional.empty());
            assertThat(database.tables()).contains("half_done");
            assertThat(database.versionRows("alembic_version")).contains(BROKEN);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "sqlite"})
    void aRevisionThatCannotBeSplitStopsTheRunBeforeAnyRevisionRuns(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nINSERT INTO half_done (id) VALUES ('never closed);\n")
                    .catalog(), MigrationLoader.NONE, MigrationListener.SILENT);

            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.getMessage()).startsWith("Can't run revision " + BROKEN + " (")
                    .contains(BROKEN + "_breaks.sql): line 9, column 36: string literal is never closed");
            assertThat(database.tables()).as("not even the version table").isEmpty();
        }
    }

    @Test
    void everyRevisionThatCannotBeSplitIsNamedAtOnce() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            SampleEnvironment env = environment(database, "", "CREATE TABLE half_done (id INTEGER);\n"
                    + "INSERT INTO half_done (id) VALUES ('never closed);\n");
            env.revision("migrations/versions", "ffff00000002", "breaks too", BROKEN, "", "",
                    "/* never closed\n", "SELECT 1;\n");
            MigrationCommands commands = new MigrationCommands(ScriptCatalog.load(env.catalog().config()),
                    MigrationLoader.NONE, MigrationListener.SILENT);

            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.getMessage()).startsWith("2 SQL revisions cannot be run:\n  Can't run revision "
                    + BROKEN + " (").contains("\n  Can't run revision ffff00000002 (")
                    .contains("string literal is never closed").endsWith("\nNothing was run.");
            assertThat(database.tables()).as("not even the version table").isEmpty();
        }
    }

    @Test
    void aStatementThatCannotRunInATransactionSaysHowToRunItOutsideOne() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nCREATE INDEX CONCURRENTLY ix_half ON half_done (id);\n")
                    .catalog(), MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage()).contains("cannot run inside a transaction block")
                    .endsWith("The statement cannot run in a transaction: in a SQL revision, mark the section"
                            + " '-- retort:upgrade transaction=false' (its statements then run one by one, each"
                            + " committed; a revision of its own keeps the others in a transaction); in a Java"
                            + " revision, make the call inside op.autocommitBlock(() -> ...).");
            assertThat(database.tables()).doesNotContain("half_done");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void transactionalDdlLeavesSchemaAndVersionTableAsBefore(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            commands.upgrade("networking@head", Optional.empty());
            TreeSet<String> tables = database.tables();
            TreeSet<String> rows = database.versionRows("alembic_version");

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.revision()).isEqualTo(BROKEN);
            assertThat(failure.location()).endsWith(BROKEN + "_breaks.sql:10");
            assertThat(failure.getMessage()).contains("no_such_table").contains("was rolled back");
            assertThat(database.tables()).isEqualTo(tables).doesNotContain("half_done");
            assertThat(database.versionRows("alembic_version")).isEqualTo(rows)
                    .containsExactly("5a3c2d1e0f9b", "7d8c9b0a1e2f");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void transactionPerMigrationKeepsTheRevisionsBeforeTheFailingOne(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(
                    environment(database, "transaction_per_migration = true\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b", "7d8c9b0a1e2f");
            assertThat(database.tables()).contains("settings").doesNotContain("half_done");
            assertThat(failure.getMessage()).doesNotContain("rolled back with it");
            assertThat(failure.getMessage()).as("what the committed revisions left")
                    .containsPattern("The version table holds: "
                            + "(5a3c2d1e0f9b, 7d8c9b0a1e2f|7d8c9b0a1e2f, 5a3c2d1e0f9b)\\.");
        }
    }

    /** In a run that is one transaction, the message says that the revisions before the failing one went too. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aRunInOneTransactionSaysTheRevisionsBeforeTheFailingOneWereRolledBackToo(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.getMessage()).containsPattern("The [1-7] step\\(s\\) this run did before it, in the same"
                    + " transaction, were rolled back with it \\(transaction_per_migration = true commits each revision"
                    + " as it is done\\)\\.");
            assertThat(database.tables()).as("the run's version table went with the rest").isEmpty();
        }
    }

    /** The data changes after the schema change that committed last are rolled back with the transaction. */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void withoutTransactionalDdlTheMessageSaysWhatWasAppliedAndWhatWasRolledBack(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nINSERT INTO half_done (id) VALUES (1);\n"
                            + "UPDATE half_done SET id = 2;\nINSERT INTO no_such_table (id) VALUES (1);\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            commands.upgrade("networking@head", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.getMessage())
                    .startsWith("Revision " + BROKEN + " failed at ")
                    .contains(BROKEN + "_breaks.sql:11: ")
                    .contains("no_such_table")
                    .contains("statement: INSERT INTO no_such_table (id) VALUES (1)")
                    .contains("This database cannot roll back schema changes. Applied from revision " + BROKEN
                            + ": 1 statement(s):\n"
                            + "    CREATE TABLE half_done (id INTEGER)\n"
                            + "Rolled back, as they ran after the last commit: 2 statement(s):\n"
                            + "    INSERT INTO half_done (id) VALUES (1)\n"
                            + "    UPDATE half_done SET id = 2\n")
                    .contains("The version table holds: 5a3c2d1e0f9b, 7d8c9b0a1e2f")
                    // The rows as they are: stamping the revision's parent alone would drop the other branch's row.
                    .endsWith("Revert what was applied by hand and 'stamp 5a3c2d1e0f9b 7d8c9b0a1e2f', then run the"
                            + " upgrade again;"
                            + " or complete the rest of it by hand and 'stamp " + BROKEN + "'. Until a stamp, upgrade"
                            + " and downgrade refuse to run: " + "alembic_version_progress" + " records the unfinished"
                            + " revision.");
            assertThat(failure.applied()).containsExactly("CREATE TABLE half_done (id INTEGER)");
            assertThat(failure.rolledBack()).hasSize(2);
            assertThat(database.tables()).contains("half_done");
            assertThat(database.query("SELECT id FROM half_done")).isEmpty();
        }
    }

    /** A revision that failed part way is refused by the next run, which runs nothing, until a stamp. */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void aRevisionThatFailedPartWayIsRefusedUntilAStamp(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            catchThrowableOfType(StatementFailedException.class, () -> commands.upgrade(BROKEN, Optional.empty()));

            MigrationException refused = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(refused).isNotInstanceOf(StatementFailedException.class);
            assertThat(refused.getMessage()).startsWith("A run did not finish the upgrade of revision " + BROKEN
                    + " (started ").contains("Nothing was run.").endsWith("then either undo what was applied by"
                    + " hand and run 'retort stamp 5a3c2d1e0f9b', or complete the rest by hand and run 'retort stamp "
                    + BROKEN + "'. The stamp clears this record (" + "alembic_version_progress" + ").");
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
            assertThatThrownBy(() -> commands.downgrade("base", Optional.empty())).hasMessage(refused.getMessage());
            assertThat(database.tables()).contains("account");
            assertThat(commands.current().unfinished()).hasValueSatisfying(warning -> assertThat(warning)
                    .startsWith("A run did not finish the upgrade of revision " + BROKEN)
                    .contains("upgrade and downgrade refuse to run until a stamp"));

            try (Connection connection = database.connect()) {
                connection.createStatement().execute("DROP TABLE half_done");
            }
            commands.stamp(List.of("5a3c2d1e0f9b"), false);
            assertThat(commands.current().unfinished()).isEmpty();
            assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                    .as("runs the revision again").isInstanceOf(StatementFailedException.class);
        }
    }

    @Test
    void aColumnSqliteWillNotDropInPlaceSaysToDropItInABatch() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "", "CREATE TABLE orders (id"
                    + " INTEGER PRIMARY KEY, status VARCHAR(4), CHECK (status IN ('new', 'paid')));\n"
                    + "ALTER TABLE orders DROP COLUMN status;\n").catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage()).contains("after drop column")
                    .contains("op.batchAlterTable(table, batch -> batch.dropColumn(column))");
        }
    }

    /**
     * A revision that leaves the session in another database (a dump's {@code USE} line) fails at its version
     * row; the record of it, which the run can no longer see, is taken to stay, and the message says to stamp.
     */
    @Test
    void aRevisionThatChangesTheSessionsDatabaseIsTakenToBeRecorded() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nUSE mysql;\n").catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage()).contains("'stamp 5a3c2d1e0f9b'")
                    .contains("Until a stamp, upgrade and downgrade refuse to run")
                    .doesNotContain("run the upgrade again, or");
            assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                    .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
        }
    }

    /** Another database's version table is not the run's: the revision fails before its row is written there. */
    @Test
    void aRevisionThatLeavesTheSessionInAnotherDatabaseFailsBeforeItsVersionRow() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir);
                Connection server = TestDatabase.serverConnection("mariadb")) {
            String other = database.url().substring(database.url().lastIndexOf('/') + 1) + "_other";
            server.createStatement().execute("CREATE DATABASE " + other);
            try {
                server.createStatement().execute("CREATE TABLE " + other + ".alembic_version (version_num"
                        + " VARCHAR(32) NOT NULL PRIMARY KEY)");
                server.createStatement().execute("INSERT INTO " + other + ".alembic_version VALUES ('5a3c2d1e0f9b')");
                MigrationCommands commands = new MigrationCommands(environment(database, "",
                        "CREATE TABLE half_done (id INTEGER);\nUSE " + other + ";\n").catalog(), MigrationLoader.NONE,
                        MigrationListener.SILENT);
                commands.upgrade("5a3c2d1e0f9b", Optional.empty());

                StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                        () -> commands.upgrade(BROKEN, Optional.empty()));

                String connected = database.url().substring(database.url().lastIndexOf('/') + 1);
                assertThat(failure.getMessage()).contains("left the session in database '" + other + "'")
                        .contains("the version table alembic_version is in '" + connected + "'")
                        .contains("Applied from revision " + BROKEN + ": 1 statement(s):\n    CREATE TABLE half_done")
                        .contains("'stamp 5a3c2d1e0f9b'");
                try (ResultSet rows = server.createStatement().executeQuery("SELECT version_num FROM " + other
                        + ".alembic_version")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("5a3c2d1e0f9b");
                }
                assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
                assertThatThrownBy(() -> commands.upgrade("heads", Optional.empty()))
                        .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
            } finally {
                server.createStatement().execute("DROP DATABASE " + other);
            }
        }
    }

    /**
     * What commits without retort knowing it (a schema change through op.connection()) keeps the record all the
     * same, as does a statement that commits by itself; a data change alone through op.connection() does not.
     */
    @ParameterizedTest
    @CsvSource({"mariadb, CREATE TABLE half_done (id INTEGER), true", "h2, CREATE TABLE half_done (id INTEGER), true",
            "mariadb, INSERT INTO account (id; name) VALUES (7; 'x'), false"})
    void whatCommittedThroughTheConnectionKeepsTheRecord(String kind, String sql, boolean kept) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "")
                    .forMySql(kind.equals("mariadb"));
            MigrationCommands commands = JavaRevisionFixture.commands(env, BROKEN, new Migration() {
                @Override
                public void upgrade(Operations op) {
                    try (java.sql.Statement statement = op.connection().createStatement()) {
                        statement.execute(sql.replace(';', ','));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new IllegalStateException("fails after it");
                }

                @Override
                public void downgrade(Operations op) {
                }
            });
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            catchThrowableOfType(StatementFailedException.class, () -> commands.upgrade(BROKEN, Optional.empty()));

            Throwable next = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            if (kept) {
                assertThat(next.getMessage()).startsWith("A run did not finish the upgrade of revision " + BROKEN);
            } else {
                assertThat(next).isInstanceOf(StatementFailedException.class).hasMessageContaining("fails after it");
                assertThat(database.query("SELECT count(*) FROM account WHERE id = 7")).containsExactly("0");
            }
        }
    }

    /** What the statement names may be past its first line. */
    @Test
    void theFailingStatementIsShownWhole() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "INSERT INTO\n  no_such_table\n  VALUES (1);\n").catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage()).as("its lines indented as written, under the first")
                    .contains("\n  statement: INSERT INTO\n      no_such_table\n      VALUES (1)\n");
        }
    }

    /** Alembic's safety check: the version row a revision moves must be there, exactly once. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void aVersionRowThatIsGoneFailsTheRevisionAsAFailingStatementDoes(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nDELETE FROM alembic_version;\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage()).contains("Online migration expected to match one row when updating"
                    + " '5a3c2d1e0f9b' to '" + BROKEN + "' in 'alembic_version'; 0 found");
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
            if (kind.equals("sqlite") || kind.equals("postgresql")) {
                assertThat(failure.getMessage()).contains("was rolled back");
                assertThat(database.tables()).doesNotContain("half_done");
            } else {
                assertThat(failure.getMessage()).contains("CREATE TABLE half_done", "The version table holds: "
                        + "5a3c2d1e0f9b");
                assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                        .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
            }
        }
    }

    /** The record of a revision an earlier run left half done goes only with a stamp that succeeds. */
    @Test
    void aStampThatFailsKeepsTheRecordOfTheUnfinishedRevision() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            ScriptCatalog catalog = environment(database, "").catalog();
            MigrationCommands commands = new MigrationCommands(catalog, MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            catchThrowableOfType(StatementFailedException.class, () -> commands.upgrade(BROKEN, Optional.empty()));
            MigrationCommands refusingStamp = new MigrationCommands(catalog, LoadedEnvironment.of(catalog.config(),
                    new EnvironmentHook() {
                        @Override
                        public void beforeRevision(RevisionEvent event) {
                            throw new IllegalStateException("not now");
                        }
                    }), MigrationLoader.NONE, MigrationListener.SILENT);

            assertThatThrownBy(() -> refusingStamp.stamp(List.of(BROKEN), false)).hasMessageContaining("not now");

            assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                    .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
        }
    }

    /** H2 would run the statements of one string in one call, its schema change committing those before it. */
    @Test
    void theStatementsOfOneExecuteOnH2AreAccountedForOneByOne() throws Exception {
        try (TestDatabase database = TestDatabase.create("h2", dir)) {
            MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir, database.url(), ""),
                    BROKEN, new Migration() {
                        @Override
                        public void upgrade(Operations op) {
                            op.execute("INSERT INTO account (id, name) VALUES (7, 'x'); CREATE TABLE half_done"
                                    + " (id INTEGER); INSERT INTO no_such_table (id) VALUES (1)");
                        }

                        @Override
                        public void downgrade(Operations op) {
                        }
                    });
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.applied()).containsExactly("INSERT INTO account (id, name) VALUES (7, 'x')",
                    "CREATE TABLE half_done (id INTEGER)");
            assertThat(database.query("SELECT count(*) FROM account WHERE id = 7")).containsExactly("1");
            assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                    .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
        }
    }

    @Test
    void aStatementThatCommitsByItselfIsListedAsAppliedWithWhatRanBeforeIt() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "INSERT INTO account (id, name) VALUES (7, 'x');\nANALYZE TABLE account;\n"
                            + "INSERT INTO no_such_table (id) VALUES (1);\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.applied()).containsExactly("INSERT INTO account (id, name) VALUES (7, 'x')",
                    "ANALYZE TABLE account");
            assertThat(database.query("SELECT count(*) FROM account WHERE id = 7")).containsExactly("1");
            assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                    .hasMessageStartingWith("A run did not finish the upgrade of revision " + BROKEN);
        }
    }

    /**
     * A revision whose first statement failed says that nothing of it was applied, and leaves no record: the next
     * run runs. A schema change that fails as it runs commits the transaction before it all the same, the record
     * with it.
     */
    @ParameterizedTest
    @CsvSource({"mariadb, INSERT INTO no_such_table (id) VALUES (1)", "h2, INSERT INTO no_such_table (id) VALUES (1)",
            "mariadb, ALTER TABLE no_such_table ADD COLUMN x INTEGER",
            "h2, ALTER TABLE no_such_table ADD COLUMN x INTEGER"})
    void aRevisionThatFailedWithNothingAppliedIsRunAgain(String kind, String first) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    first + ";\nCREATE TABLE half_done (id INTEGER);\n").catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.NOTHING_RAN);
            assertThat(failure.getMessage())
                    .contains("Nothing of revision " + BROKEN + " was applied: its first statement failed.")
                    .doesNotContain("by hand").doesNotContain("stamp");
            assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("no_such_table");
            commands.downgrade("base", Optional.empty());
            assertThat(database.versionRows("alembic_version")).isEmpty();
        }
    }

    /**
     * Statements that only set up the session (a dump's first lines) leave nothing behind: a revision that failed
     * at its first statement after them says nothing of it was applied and leaves no record, so the next run runs.
     */
    @Test
    void sessionSetUpBeforeTheFailingStatementLeavesNothingToRevert() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "/*!40101 SET NAMES utf8mb4 */;\nSET @saved = @@foreign_key_checks;\nSET FOREIGN_KEY_CHECKS=0;\n"
                            + "ALTER TABLE no_such_table ADD COLUMN x INTEGER;\nCREATE TABLE half_done (id INTEGER);\n")
                    .catalog(), MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.NOTHING_RAN);
            assertThat(failure.getMessage()).contains("Nothing of revision " + BROKEN
                    + " was applied: the statements before the one that failed only set up the session.")
                    .doesNotContain("by hand").doesNotContain("stamp");
            assertThatThrownBy(() -> commands.upgrade(BROKEN, Optional.empty()))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("no_such_table");
        }
    }

    /** A global setting outlives the session: a revision that failed after one says it stays applied. */
    @Test
    void aGlobalSettingBeforeTheFailingStatementStaysApplied() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "SET @@global.max_sp_recursion_depth = @@global.max_sp_recursion_depth;\n"
                            + "ALTER TABLE no_such_table ADD COLUMN x INTEGER;\n").catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.PARTLY_APPLIED);
            assertThat(failure.applied()).containsExactly(
                    "SET @@global.max_sp_recursion_depth = @@global.max_sp_recursion_depth");
        }
    }

    /**
     * A schema change that fails while it runs has committed what ran before it, as one that could not be read
     * has not: the database tells which, whatever the error (an unknown type, a name too long, a column H2
     * looks up as it reads the statement).
     */
    @ParameterizedTest
    @CsvSource({"mariadb, ALTER TABLE no_such_table ADD COLUMN x INTEGER, 1",
            "h2, ALTER TABLE no_such_table ADD COLUMN x INTEGER, 1",
            "mariadb, CREATE TABLE (, 0", "h2, CREATE TABLE (, 0",
            "mariadb, CREATE TABLE typo (id INTEGR), 0",
            "mariadb, ALTER TABLE half_done ADD COLUMN a_name_longer_than_any_that_mariadb_takes_for_a_column_which_is_64 INTEGER, 0",
            "mariadb, ALTER TABLE half_done DROP COLUMN no_such_column, 1",
            "h2, ALTER TABLE half_done DROP COLUMN no_such_column, 0",
            "h2, CREATE VIEW v AS SELECT * FROM no_such_table, 0"})
    void aSchemaChangeThatFailsWhileItRunsHasCommittedWhatRanBeforeIt(String kind, String failing, int rowsKept)
            throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nINSERT INTO half_done (id) VALUES (1);\n" + failing + ";\n")
                    .catalog(), MigrationLoader.NONE, MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.applied()).hasSize(1 + rowsKept);
            assertThat(failure.rolledBack()).hasSize(1 - rowsKept);
            assertThat(database.query("SELECT id FROM half_done")).hasSize(rowsKept);
        }
    }

    /**
     * What commits is as the database says, not as the first words guess: H2 creates a sequence in the
     * transaction, and MariaDB's EXECUTE IMMEDIATE of a schema change commits, as does a BEGIN NOT ATOMIC
     * block that makes one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "h2 | CREATE SEQUENCE half_seq | 0",
            "mariadb | EXECUTE IMMEDIATE 'CREATE TABLE made_inside (id INTEGER)' | 3",
            "mariadb | BEGIN NOT ATOMIC CREATE TABLE made_inside (id INTEGER); END | 3"})
    void whatCommitsIsAsTheDatabaseSays(String kind, String middle, int appliedAfterTheTable) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER);\nINSERT INTO half_done (id) VALUES (1);\n" + middle
                            + ";\nINSERT INTO no_such_table (id) VALUES (1);\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            boolean kept = appliedAfterTheTable > 0;
            assertThat(failure.applied()).hasSize(1 + (kept ? 2 : 0));
            assertThat(failure.rolledBack()).hasSize(kept ? 0 : 2);
            assertThat(database.query("SELECT id FROM half_done")).hasSize(kept ? 1 : 0);
        }
    }

    /**
     * A procedure that makes a table commits what ran before it there, and its next statement opens another
     * transaction: after the CALL one is open, which does not tell that nothing was committed. What ran up to it
     * is said to be perhaps committed, what ran after it rolled back.
     */
    @Test
    void whatRanUpToAProcedureThatMayHaveCommittedIsNotSaidToBeRolledBack() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "",
                    "CREATE TABLE half_done (id INTEGER PRIMARY KEY);\n"
                            + "CREATE PROCEDURE p_setup() BEGIN CREATE TABLE made_inside (id INTEGER);"
                            + " INSERT INTO made_inside VALUES (1); END;\n"
                            + "INSERT INTO half_done VALUES (1);\n"
                            + "CALL p_setup();\n"
                            + "INSERT INTO half_done VALUES (2);\n"
                            + "INSERT INTO half_done VALUES (1);\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.applied()).hasSize(2);
            assertThat(failure.mayHaveCommitted()).containsExactly("INSERT INTO half_done VALUES (1)",
                    "CALL p_setup()");
            assertThat(failure.rolledBack()).containsExactly("INSERT INTO half_done VALUES (2)");
            assertThat(failure.getMessage()).contains("May have been committed, or rolled back: a CALL or a compound"
                    + " statement (BEGIN NOT ATOMIC) among them, or the one that failed, ran statements retort does"
                    + " not see, and a schema change there commits what ran before it; look in the database:"
                    + " 2 statement(s):\n    INSERT INTO half_done VALUES (1)\n    CALL p_setup()\n"
                    + "Rolled back, as they ran after the last commit: 1 statement(s):\n"
                    + "    INSERT INTO half_done VALUES (2)\n");
            assertThat(database.query("SELECT id FROM half_done")).hasSize(1);
            assertThat(database.tables()).contains("made_inside");
        }
    }

    /**
     * A section run outside the transaction that begins one of its own and fails in it: that transaction is
     * rolled back before the version table is read, and what ran in it is said to be rolled back.
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aSectionsOwnTransactionIsRolledBackWhenAStatementInItFails(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            StatementFailedException failure = failingOutsideTheTransaction(database, "CREATE TABLE before_own"
                    + " (id INTEGER);\nBEGIN;\nCREATE TABLE half_done (id INTEGER);\nINSERT INTO no_such_table (id)"
                    + " VALUES (1);\nCOMMIT;\n");

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.OUTSIDE_TRANSACTION);
            assertThat(failure.getMessage())
                    .contains("Applied from revision " + BROKEN + ": 1 statement(s):\n"
                            + "    CREATE TABLE before_own (id INTEGER)\n"
                            + "Rolled back, as they ran after the last commit: 2 statement(s):\n"
                            + "    BEGIN\n"
                            + "    CREATE TABLE half_done (id INTEGER)\n")
                    .contains("The version table holds: 5a3c2d1e0f9b, 7d8c9b0a1e2f");
            assertThat(failure.versionRows()).isPresent();
            assertThat(database.tables()).contains("before_own").doesNotContain("half_done");
        }
    }

    /** A section outside the transaction whose first statement fails leaves nothing to revert, and says so. */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aSectionOutsideTheTransactionThatFailsAtOnceLeavesNothingToRevert(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            StatementFailedException failure = failingOutsideTheTransaction(database,
                    "INSERT INTO no_such_table (id) VALUES (1);\n");

            assertThat(failure.getMessage()).contains("none of the statements retort sent")
                    .endsWith("\nNothing of it stays applied: fix it and run the upgrade again.")
                    .doesNotContain("Revert what was applied");
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b", "7d8c9b0a1e2f");
        }
    }

    /**
     * Runs the sample to the revision before {@code BROKEN}, whose upgrade is {@code sql} in a section marked
     * {@code transaction=false}, then to the heads; the failure of that revision.
     */
    private StatementFailedException failingOutsideTheTransaction(TestDatabase database, String sql)
            throws IOException {
        SampleEnvironment env = environment(database, "", sql);
        Path file = dir.resolve("migrations/versions/" + BROKEN + "_breaks.sql");
        Files.writeString(file, Files.readString(file).replace("-- retort:upgrade\n",
                "-- retort:upgrade transaction=false\n"));
        MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                MigrationListener.SILENT);
        commands.upgrade("5a3c2d1e0f9b", Optional.empty());
        commands.upgrade("networking@head", Optional.empty());
        return catchThrowableOfType(StatementFailedException.class, () -> commands.upgrade("heads", Optional.empty()));
    }

    /** A deferred constraint fails at COMMIT, after every statement has run: the message names the commit. */
    @ParameterizedTest
    @ValueSource(strings = {"", "transaction_per_migration = true\n"})
    void aCommitThatFailsNamesWhatItCommittedAndLeavesNothing(String extraConfig) throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, extraConfig,
                    "CREATE TABLE half_done (id INTEGER REFERENCES account (id) DEFERRABLE INITIALLY DEFERRED);\n"
                            + "INSERT INTO half_done (id) VALUES (42);\n").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            MigrationException failure = catchThrowableOfType(MigrationException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.getMessage())
                    .startsWith(extraConfig.isEmpty() ? "Committing the run failed: "
                            : "Committing upgrade 5a3c2d1e0f9b -> " + BROKEN + " failed: ")
                    .contains("violates foreign key constraint")
                    .endsWith("The transaction was rolled back: nothing of it was applied.");
            assertThat(database.tables()).doesNotContain("half_done");
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
        }
    }

    /** A stamp changes version rows only, which roll back even where schema changes do not. */
    @Test
    void aFailedStampOnMariaDbIsRolledBack() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = new MigrationCommands(environment(database, "").catalog(),
                    MigrationLoader.NONE, MigrationListener.SILENT);
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());
            try (Connection connection = database.connect()) {
                connection.createStatement().execute("CREATE TRIGGER no_moves BEFORE UPDATE ON alembic_version"
                        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no moves'");
            }

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.stamp(List.of(BROKEN), false));

            assertThat(failure.getMessage()).startsWith("Running stamp_revision 5a3c2d1e0f9b -> " + BROKEN
                    + " failed: ").contains("no moves").contains("The transaction was rolled back")
                    .doesNotContain("Revision stamp_revision");
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
        }
    }

    @Test
    void aFailedDowngradeSaysToStampTheRevisionItLeadsTo() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(true);
            env.revision("migrations/versions", BROKEN, "breaks", "5a3c2d1e0f9b", "", "",
                    "CREATE TABLE half_done (id INTEGER);\n", "DROP TABLE half_done;\nDROP TABLE no_such_table;\n");
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade(BROKEN, Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.downgrade("-1", Optional.empty()));

            assertThat(failure.getMessage()).contains("Applied from revision " + BROKEN + ": 1 statement(s):\n"
                    + "    DROP TABLE half_done\n").contains("The version table holds: " + BROKEN)
                    .endsWith("Restore what was reverted by hand and 'stamp " + BROKEN + "', then run the downgrade"
                            + " again; or complete the rest of it by hand and 'stamp 5a3c2d1e0f9b'. Until a stamp,"
                            + " upgrade and downgrade refuse to run: alembic_version_progress records the unfinished"
                            + " revision.");
        }
    }

    /** What the dialect refuses is refused before the revision's first statement runs, even on MariaDB. */
    @Test
    void anOperationTheDatabaseCannotDoIsRefusedBeforeAnyOfTheRevisionRuns() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(true);
            MigrationCommands commands = JavaRevisionFixture.commands(env, BROKEN, new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.createTable("half_done", column("id", INTEGER).primaryKey());
                    op.createIndex("account", index("ix_account_named", "name").where("id > 0"));
                }

                @Override
                public void downgrade(Operations op) {
                }
            });
            commands.upgrade("5a3c2d1e0f9b", Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(BROKEN, Optional.empty()));

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.NOTHING_RAN);
            assertThat(failure.getMessage()).contains("is partial")
                    .contains("Nothing of revision " + BROKEN + " ran: it failed before its first statement.")
                    .contains("The version table holds: 5a3c2d1e0f9b")
                    .doesNotContain("cannot roll back").doesNotContain("stamp");
            assertThat(failure.applied()).isEmpty();
            assertThat(database.tables()).doesNotContain("half_done");
        }
    }
}
