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
import dev.retort.op.Execute;
import dev.retort.op.RecordingOperations;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code op.autocommitBlock}, Alembic's {@code autocommit_block()}: statements PostgreSQL refuses inside a
 * transaction, such as {@code CREATE INDEX CONCURRENTLY}, run from a Java revision.
 */
class AutocommitBlockTest {
    private static final String DATA = "eeee00000001";
    private static final String MERGE = "5a3c2d1e0f9b";

    @TempDir
    Path dir;

    @Test
    void anIndexBuiltConcurrentlyRunsOutsideTheTransaction() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database.url(), op -> {
                op.execute("INSERT INTO account (id, name) VALUES (7, 'seven')");
                op.autocommitBlock(() -> op.createIndex("account", index("ix_account_by_name", "name"),
                        build -> build.concurrently()));
                op.execute("UPDATE account SET name = 'SEVEN' WHERE id = 7");
            });

            commands.upgrade(DATA, Optional.empty());

            assertThat(database.query("SELECT indisvalid::text FROM pg_index WHERE indexrelid ="
                    + " 'ix_account_by_name'::regclass")).containsExactly("true");
            assertThat(database.query("SELECT name FROM account WHERE id = 7")).containsExactly("SEVEN");
            assertThat(database.versionRows("alembic_version")).containsExactly(DATA);
        }
    }

    /** As inside Alembic's autocommit_block(): the bind is in autocommit mode, for the revision's own SQL too. */
    @Test
    void theConnectionInsideTheBlockIsInAutocommitMode() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            List<Boolean> autocommit = new ArrayList<>();
            MigrationCommands commands = commands(database.url(), op -> op.autocommitBlock(() -> {
                try (Statement statement = op.connection().createStatement()) {
                    autocommit.add(op.connection().getAutoCommit());
                    statement.execute("CREATE INDEX CONCURRENTLY ix_account_by_name ON account (name)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));

            commands.upgrade(DATA, Optional.empty());

            assertThat(autocommit).containsExactly(true);
            assertThat(database.query("SELECT indisvalid::text FROM pg_index WHERE indexrelid ="
                    + " 'ix_account_by_name'::regclass")).containsExactly("true");
            assertThat(database.versionRows("alembic_version")).containsExactly(DATA);
        }
    }

    /** A revision that catches what its block threw goes on in the run's transaction, as after autocommit_block(). */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aRevisionThatCatchesWhatItsBlockThrewGoesOnInTheTransaction(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            List<Boolean> autocommit = new ArrayList<>();
            MigrationCommands commands = commands(database.url(), op -> {
                op.execute("INSERT INTO account (id, name) VALUES (7, 'seven')");
                try {
                    op.autocommitBlock(() -> {
                        op.execute("INSERT INTO account (id, name) VALUES (8, 'never run')");
                        throw new IllegalStateException("skip");
                    });
                } catch (IllegalStateException e) {
                    // the revision goes on without what the block asked for
                }
                try {
                    autocommit.add(op.connection().getAutoCommit());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                op.execute("INSERT INTO no_such_table (id) VALUES (9)");
            });
            commands.upgrade(MERGE, Optional.empty());

            assertThatThrownBy(() -> commands.upgrade(DATA, Optional.empty()))
                    .isInstanceOf(StatementFailedException.class).hasMessageContaining("no_such_table");

            assertThat(autocommit).containsExactly(false);
            assertThat(database.query("SELECT id FROM account WHERE id > 1")).as("committed before the block only")
                    .containsExactly("7");
            assertThat(database.versionRows("alembic_version")).containsExactly(MERGE);
        }
    }

    @Test
    void withoutTheBlockPostgresqlRefusesTheConcurrentBuild() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database.url(), op -> op.createIndex("account",
                    index("ix_account_by_name", "name"), build -> build.concurrently()));
            commands.upgrade(MERGE, Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(DATA, Optional.empty()));

            assertThat(failure.getMessage()).contains("cannot run inside a transaction block");
        }
    }

    /** A COMMIT or ROLLBACK of op.execute would end the run's transaction apart from the version table. */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "postgresql"})
    void opExecuteMayControlTheTransactionOnlyInsideTheBlock(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            AtomicBoolean insideTheBlock = new AtomicBoolean();
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "")
                    .forMySql(kind.equals("mariadb"));
            MigrationCommands commands = JavaRevisionFixture.commands(env, DATA, new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.createTable("made_before", column("id", INTEGER));
                    if (insideTheBlock.get()) {
                        op.autocommitBlock(() -> {
                            op.execute("BEGIN");
                            op.execute("CREATE TABLE made_inside (id INTEGER)");
                            op.execute("COMMIT");
                        });
                    } else {
                        op.execute("UPDATE account SET name = 'x' WHERE id = 0; ROLLBACK");
                    }
                }

                @Override
                public void downgrade(Operations op) {
                }
            });
            commands.upgrade(MERGE, Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(DATA, Optional.empty()));

            assertThat(failure.getMessage())
                    .contains("op.execute(\"UPDATE account SET name = 'x' WHERE id = 0; ROLLBACK\") controls the transaction")
                    .contains("op.autocommitBlock");
            assertThat(database.tables()).doesNotContain("made_before");
            insideTheBlock.set(true);
            assertThat(commands.upgrade(DATA, Optional.empty()).steps()).hasSize(1);
            assertThat(database.tables()).contains("made_before", "made_inside");
        }
    }

    @Test
    void aFailureAfterTheBlockSaysWhatStaysApplied() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database.url(), op -> {
                op.execute("UPDATE account SET name = 'before' WHERE id = 1");
                op.autocommitBlock(() -> op.createIndex("account", index("ix_account_by_name", "name"),
                        build -> build.concurrently()));
                op.execute("UPDATE account SET name = 'after' WHERE id = 1");
                op.execute("SELECT no_such_column FROM account");
            });
            commands.upgrade(MERGE, Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(DATA, Optional.empty()));

            assertThat(failure.aftermath()).isEqualTo(StatementFailedException.Aftermath.OUTSIDE_TRANSACTION);
            assertThat(failure.getMessage()).contains("Part of this revision ran outside a transaction")
                    .contains("the rest of it was rolled back")
                    .contains("CREATE INDEX CONCURRENTLY ix_account_by_name ON account (name)");
            assertThat(failure.applied()).containsExactly("UPDATE account SET name = 'before' WHERE id = 1",
                    "CREATE INDEX CONCURRENTLY ix_account_by_name ON account (name)");
            assertThat(database.query("SELECT name FROM account WHERE id = 1")).containsExactly("before");
            assertThat(failure.getMessage()).doesNotContain("The transaction was rolled back");
            assertThat(database.query("SELECT indexname FROM pg_indexes WHERE indexname = 'ix_account_by_name'"))
                    .containsExactly("ix_account_by_name");
            assertThat(database.versionRows("alembic_version")).containsExactly(MERGE);
        }
    }

    /**
     * Where schema changes roll back, a revision that failed after part of it ran outside the transaction is
     * recorded, as on MariaDB, so that the next run does not run that part again; a revision that never left the
     * transaction, or that finished, leaves no record.
     */
    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "sqlite"})
    void aRevisionThatFailedAfterLeavingTheTransactionIsRefusedUntilAStamp(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            AtomicBoolean fails = new AtomicBoolean(false);
            MigrationCommands commands = commands(database.url(), op -> {
                op.autocommitBlock(() -> op.execute("INSERT INTO account (id, name) VALUES (70, 'outside')"));
                op.execute(fails.get() ? "SELECT no_such_column FROM account" : "SELECT 1");
            });
            commands.upgrade(MERGE, Optional.empty());
            assertThat(database.tables()).as("no revision left the transaction").doesNotContain("alembic_version_progress");
            fails.set(true);

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade(DATA, Optional.empty()));

            assertThat(failure.getMessage()).contains("Until a stamp, upgrade and downgrade refuse to run:"
                    + " alembic_version_progress records the unfinished revision.");
            assertThatThrownBy(() -> commands.upgrade(DATA, Optional.empty()))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageStartingWith("A run did not finish the upgrade of revision " + DATA)
                    .hasMessageContaining("part of it ran outside a transaction (op.autocommitBlock, or a section"
                            + " marked transaction=false)")
                    .hasMessageContaining("'retort stamp " + DATA + "'");
            assertThat(database.query("SELECT count(*) FROM account WHERE id = 70")).as("not run twice")
                    .containsExactly("1");

            commands.stamp(List.of(DATA), false);
            assertThat(database.tables()).doesNotContain("alembic_version_progress");
            assertThat(database.versionRows("alembic_version")).containsExactly(DATA);
        }
    }

    @Test
    void aRevisionWithABlockIsCommittedWholeSoThatALaterFailureLeavesTheVersionTableTrue() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            env.revision("migrations/versions", "ffff00000002", "fails", DATA, "", "",
                    "CREATE TABLE made_later (id INTEGER);\nSELECT no_such_column FROM account;\n", "SELECT 1;\n");
            MigrationCommands commands = JavaRevisionFixture.commands(env, DATA, new Migration() {
                @Override
                public void upgrade(Operations op) {
                    op.execute("CREATE TABLE made_before (id INTEGER)");
                    op.autocommitBlock(() -> op.createIndex("account", index("ix_account_by_name", "name"),
                            build -> build.concurrently()));
                    op.execute("CREATE TABLE made_after (id INTEGER)");
                }

                @Override
                public void downgrade(Operations op) {
                }
            });

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("heads", Optional.empty()));

            assertThat(failure.revision()).isEqualTo("ffff00000002");
            assertThat(failure.getMessage()).contains("The transaction was rolled back")
                    .contains("were committed already, as it ran statements outside the transaction");
            assertThat(database.versionRows("alembic_version")).contains(DATA);
            assertThat(database.tables()).contains("made_before", "made_after").doesNotContain("made_later");
        }
    }

    @Test
    void aScriptCommitsBeforeTheBlockAndBeginsAfterIt() {
        MigrationCommands commands = commands("postgresql://localhost/none", op -> {
            op.execute("SELECT 1");
            op.autocommitBlock(() -> op.execute("ALTER TYPE mood ADD VALUE 'calm'"));
            op.execute("SELECT 2");
        });
        StringBuilder script = new StringBuilder();

        commands.upgradeSql(MERGE + ":" + DATA, Optional.empty(), script);

        assertThat(script.toString()).contains("SELECT 1;\n\nCOMMIT;\n\nALTER TYPE mood ADD VALUE 'calm';\n\n"
                + "BEGIN;\n\nSELECT 2;\n\n");
    }

    @Test
    void operationsOnlyRecordedStayInTheOrderTheyWereCalled() {
        RecordingOperations op = new RecordingOperations();

        op.execute("one");
        op.autocommitBlock(() -> op.execute("two"));
        op.execute("three");

        assertThat(op.operations()).extracting(operation -> ((Execute) operation).sql())
                .containsExactly("one", "two", "three");
        assertThatThrownBy(() -> op.autocommitBlock(() -> op.autocommitBlock(() -> { })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("autocommitBlock inside an autocommitBlock");
    }

    private MigrationCommands commands(String url, Consumer<Operations> upgrade) {
        return JavaRevisionFixture.commands(SampleEnvironment.create(dir, url, ""), DATA, new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
            }
        });
    }
}
