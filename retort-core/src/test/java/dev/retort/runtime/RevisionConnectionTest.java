package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code op.connection()} in a Java revision on top of the sample at both heads: the operations called
 * before it have run, what the revision does on it belongs to the revision's transaction, and retort keeps
 * the transaction's end to itself.
 */
class RevisionConnectionTest {
    private static final String DATA = "eeee00000001";
    private static final String VERSION = "alembic_version";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void aDataMigrationReadsWhatTheOperationsBeforeItMadeAndTheOperationsAfterItRunAfter(String kind)
            throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            List<String> seen = new ArrayList<>();
            MigrationCommands commands = commands(database, new Migration() {
                @Override
                public void upgrade(Operations op) throws SQLException {
                    seen.add(op.dialectName());
                    op.addColumn("account", column("name_length", INTEGER));
                    Connection connection = op.connection();
                    Map<Integer, Integer> lengths = new LinkedHashMap<>();
                    try (Statement query = connection.createStatement();
                            ResultSet rows = query.executeQuery("SELECT id, name, name_length FROM account")) {
                        while (rows.next()) {
                            lengths.put(rows.getInt(1), rows.getString(2).length());
                            seen.add(rows.getString(2) + " " + rows.getObject(3));
                        }
                    }
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE account SET name_length = ? WHERE id = ?")) {
                        for (Map.Entry<Integer, Integer> entry : lengths.entrySet()) {
                            update.setInt(1, entry.getValue());
                            update.setInt(2, entry.getKey());
                            update.executeUpdate();
                        }
                    }
                    op.execute("INSERT INTO settings (name, setting_value) SELECT 'longest', MAX(name_length)"
                            + " FROM account");
                }

                @Override
                public void downgrade(Operations op) {
                    op.execute("DELETE FROM settings WHERE name = 'longest'");
                    op.dropColumn("account", "name_length");
                }
            });

            commands.upgrade("heads", Optional.empty());

            assertThat(seen).containsExactly(kind, "admin; the first null");
            assertThat(database.query("SELECT name_length FROM account")).containsExactly("16");
            assertThat(database.query("SELECT setting_value FROM settings WHERE name = 'longest'"))
                    .containsExactly("16");
            assertThat(database.versionRows(VERSION)).containsExactly("7d8c9b0a1e2f", DATA);
        }
    }

    /** A connection kept in a variable sees the operations called after it was taken, as Alembic's bind does. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void aConnectionKeptByTheRevisionSeesTheOperationsCalledSince(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            List<Integer> counts = new ArrayList<>();
            MigrationCommands commands = commands(database, upgrading(op -> {
                Connection connection = op.connection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM settings WHERE name = ?");
                op.addColumn("account", column("domain", string(50)));
                try (Statement update = connection.createStatement()) {
                    update.executeUpdate("UPDATE account SET domain = 'x.org'");
                }
                op.execute("INSERT INTO settings (name, setting_value) VALUES ('second', '2')");
                count.setString(1, "second");
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    counts.add(rows.getInt(1));
                }
                count.close();
            }));

            commands.upgrade("heads", Optional.empty());

            assertThat(counts).containsExactly(1);
            assertThat(database.query("SELECT domain FROM account")).containsExactly("x.org");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void whatTheRevisionRanOnTheConnectionIsRolledBackWithItsTransaction(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            MigrationCommands commands = commands(database, upgrading(op -> {
                try (Statement update = op.connection().createStatement()) {
                    update.executeUpdate("UPDATE account SET name = 'renamed'");
                }
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
            }));

            StatementFailedException failure = upgradeFailing(commands);

            assertThat(failure.getMessage()).contains("no_such_table").contains("was rolled back");
            assertThat(database.query("SELECT name FROM account")).containsExactly("admin; the first");
            assertThat(database.versionRows(VERSION)).containsExactly("5a3c2d1e0f9b");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void theRevisionCannotEndCloseOrLeaveTheRunsTransaction(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            List<String> refusals = new ArrayList<>();
            MigrationCommands commands = commands(database, upgrading(op -> {
                Connection connection = op.connection();
                List<SqlCall> calls = List.of(Connection::commit, Connection::rollback,
                        c -> c.setAutoCommit(true), Connection::close, c -> c.abort(Runnable::run),
                        c -> c.createStatement().execute("COMMIT"), c -> c.createStatement().executeUpdate("ROLLBACK"),
                        c -> c.prepareStatement("BEGIN").execute(), c -> c.createStatement().getConnection().commit(),
                        c -> c.createStatement().execute("SELECT 1; COMMIT"),
                        c -> c.getMetaData().getConnection().commit(),
                        c -> c.createStatement().executeQuery("SELECT 1").getStatement().getConnection().commit(),
                        c -> c.prepareStatement("SELECT 1").executeQuery().getStatement().getConnection().rollback(),
                        c -> metadataQueryConnection(c).setAutoCommit(true));
                for (SqlCall call : calls) {
                    try {
                        call.on(connection);
                        refusals.add("allowed");
                    } catch (SQLException e) {
                        refusals.add(e.getMessage().replaceFirst("\\(\\).*", "()").replaceFirst("' is not .*", "'"));
                    }
                }
                try (Statement update = connection.createStatement()) {
                    update.executeUpdate("UPDATE account SET name = 'renamed'");
                }
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
            }));

            upgradeFailing(commands);

            assertThat(refusals).containsExactly("Connection.commit()", "Connection.rollback()",
                    "Connection.setAutoCommit()", "Connection.close()", "Connection.abort()", "'COMMIT'",
                    "'ROLLBACK'", "'BEGIN'", "Connection.commit()", "'SELECT 1; COMMIT'", "Connection.commit()",
                    "Connection.commit()", "Connection.rollback()", "Connection.setAutoCommit()");
            assertThat(database.query("SELECT name FROM account")).as("the update was never committed")
                    .containsExactly("admin; the first");
        }
    }

    @Test
    void aCheckedExceptionOfTheRevisionFailsItWithTheDatabasesMessage() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database, upgrading(op -> {
                op.execute("UPDATE account SET name = 'renamed'");
                try (Statement query = op.connection().createStatement()) {
                    query.executeQuery("SELECT no_such_column FROM account");
                }
            }));

            StatementFailedException failure = upgradeFailing(commands);

            assertThat(failure.getMessage()).startsWith("Revision " + DATA + " failed at ")
                    .contains("org.postgresql.util.PSQLException: ERROR: column \"no_such_column\" does not exist")
                    .contains("statement: (Java code)").contains("was rolled back");
            assertThat(database.query("SELECT name FROM account")).containsExactly("admin; the first");
        }
    }

    @Test
    void aStatementAfterACaughtFailureOnPostgresSaysAnEarlierStatementFailed() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database, upgrading(op -> {
                try (Statement probe = op.connection().createStatement()) {
                    probe.executeQuery("SELECT 1 FROM no_such_table");
                } catch (SQLException tableNotThereYet) {
                    // the revision goes on, as a "does the table exist?" probe would
                }
                op.execute("UPDATE account SET name = 'renamed'");
            }));

            StatementFailedException failure = upgradeFailing(commands);

            assertThat(failure.getMessage()).contains("current transaction is aborted")
                    .contains("an earlier statement of this transaction failed and its error was caught")
                    .contains("statement: UPDATE account SET name = 'renamed'").contains("was rolled back");
            assertThat(database.query("SELECT name FROM account")).containsExactly("admin; the first");
        }
    }

    @Test
    void aDatabaseErrorTheRevisionWrapsIsNamedUnderWhatItThrew() throws Exception {
        try (TestDatabase database = TestDatabase.create("sqlite", dir)) {
            MigrationCommands commands = commands(database, upgrading(op -> {
                try (Statement insert = op.connection().createStatement()) {
                    insert.executeUpdate("INSERT INTO no_such_table (id) VALUES (1)");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not copy the accounts", e);
                }
            }));

            StatementFailedException failure = upgradeFailing(commands);

            assertThat(failure.getMessage()).contains(": java.lang.IllegalStateException: could not copy the accounts\n"
                    + "  caused by org.sqlite.SQLiteException: [SQLITE_ERROR] SQL error or missing database (no such"
                    + " table: no_such_table)\n  statement: (Java code)");
        }
    }

    @Test
    void onADatabaseThatCannotRollBackTheMessageSaysTheConnectionWasUsed() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            MigrationCommands commands = commands(database, upgrading(op -> {
                op.execute("CREATE TABLE half_done (id INTEGER)");
                try (Statement insert = op.connection().createStatement()) {
                    insert.executeUpdate("INSERT INTO half_done (id) VALUES (1)");
                }
                op.execute("INSERT INTO no_such_table (id) VALUES (1)");
            }));

            StatementFailedException failure = upgradeFailing(commands);

            assertThat(failure.getMessage()).contains("Applied from revision " + DATA + ", as far as retort can tell:"
                    + " 1 statement(s):\n    CREATE TABLE half_done (id INTEGER)\n"
                    + "The revision also used op.connection(); what it ran there is not listed, and may have committed"
                    + " more of the statements above than retort can tell.");
        }
    }

    @Test
    void offlineTheRevisionKnowsItsDialectButHasNoConnection() throws Exception {
        List<String> seen = new ArrayList<>();
        MigrationCommands commands = commands(SampleEnvironment.create(dir, "postgresql://localhost/none", ""),
                upgrading(op -> {
                    seen.add(op.dialectName());
                    op.connection();
                }));

        MigrationException failure = catchThrowableOfType(MigrationException.class,
                () -> commands.upgradeSql(DATA, Optional.empty(), new StringBuilder()));

        assertThat(seen).containsExactly("postgresql");
        assertThat(failure.getMessage()).contains("op.connection(): a revision written as a SQL script (--sql) has"
                + " no database connection; check op.isOffline() first")
                .endsWith("The script written is incomplete: it stops in this revision.");
    }

    private MigrationCommands commands(TestDatabase database, Migration migration) {
        return commands(SampleEnvironment.create(dir, database.url(), "").forMySql(database.kind().equals("mariadb")),
                migration);
    }

    /** Upgrades to the sample's merge, then fails upgrading to the revision of the test. */
    private static StatementFailedException upgradeFailing(MigrationCommands commands) {
        commands.upgrade("5a3c2d1e0f9b", Optional.empty());
        return catchThrowableOfType(StatementFailedException.class, () -> commands.upgrade(DATA, Optional.empty()));
    }

    private MigrationCommands commands(SampleEnvironment env, Migration migration) {
        return JavaRevisionFixture.commands(env, DATA, migration);
    }

    private static Migration upgrading(RevisionCode upgrade) {
        return new Migration() {
            @Override
            public void upgrade(Operations op) throws Exception {
                upgrade.run(op);
            }

            @Override
            public void downgrade(Operations op) {
            }
        };
    }

    /** The connection of the statement behind a metadata query, where the driver has one (MariaDB's has none). */
    private static Connection metadataQueryConnection(Connection connection) throws SQLException {
        Statement statement = connection.getMetaData().getTables(null, null, "%", null).getStatement();
        return statement == null ? connection : statement.getConnection();
    }

    @FunctionalInterface
    private interface RevisionCode {
        void run(Operations op) throws Exception;
    }

    @FunctionalInterface
    private interface SqlCall {
        void on(Connection connection) throws SQLException;
    }
}
