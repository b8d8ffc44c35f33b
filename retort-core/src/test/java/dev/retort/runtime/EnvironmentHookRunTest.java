package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Schema;
import dev.retort.command.MigrationCommands;
import dev.retort.command.ScriptCatalog;
import dev.retort.config.DatabaseUrl;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.hook.RevisionEvent;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * The environment hook in runs: its callbacks around each revision, in the revision's transaction online
 * and in the script offline, and its data source in place of a configured URL.
 */
class EnvironmentHookRunTest {
    private static final String VERSION = "alembic_version";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb"})
    void callbacksRunBeforeAndAfterEachRevision(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(kind.equals("mariadb"));
            createAuditTable(database);
            List<String> seen = new ArrayList<>();
            MigrationCommands commands = commands(env.catalog(), new AuditingHook(seen, Optional.empty()));

            commands.upgrade("27c6", Optional.empty());

            assertThat(database.query("SELECT event FROM audit ORDER BY seq")).containsExactly(
                    "before upgrade 1975ea83b712", "after upgrade 1975ea83b712",
                    "before upgrade 27c6a30d7c24", "after upgrade 27c6a30d7c24");
            assertThat(seen).containsExactly("1975ea83b712 create account table online",
                    "27c6a30d7c24 add a column online");
            commands.downgrade("-1", Optional.empty());
            assertThat(database.query("SELECT event FROM audit ORDER BY seq")).endsWith(
                    "before downgrade 27c6a30d7c24", "after downgrade 27c6a30d7c24");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aCallbackThatThrowsRollsBackItsRevision(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "transaction_per_migration = true\n");
            createAuditTable(database);
            MigrationCommands commands = commands(env.catalog(),
                    new AuditingHook(new ArrayList<>(), Optional.of("27c6a30d7c24")));

            assertThatThrownBy(() -> commands.upgrade("27c6", Optional.empty()))
                    .isInstanceOf(StatementFailedException.class)
                    .hasMessageContaining("27c6a30d7c24")
                    .hasMessageContaining("audit refused 27c6a30d7c24");

            assertThat(database.versionRows(VERSION)).containsExactly("1975ea83b712");
            assertThat(database.query("SELECT event FROM audit ORDER BY seq"))
                    .containsExactly("before upgrade 1975ea83b712", "after upgrade 1975ea83b712");
            assertThat(database.tables()).containsExactly("account", VERSION, "audit");
        }
    }

    /**
     * A commit through the callback's connection would leave the first revision recorded while the run
     * reports it rolled back; it is refused as on {@code op.connection()}.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theCallbackConnectionRefusesToEndTheTransaction(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            List<String> refusals = new ArrayList<>();
            MigrationCommands commands = commands(env.catalog(), new EnvironmentHook() {
                @Override
                public void afterRevision(RevisionEvent event) {
                    if (event.revision().orElseThrow().startsWith("27c6")) {
                        throw new IllegalStateException("audit refused");
                    }
                    Connection connection = event.connection().orElseThrow();
                    for (String call : List.of("commit", "setAutoCommit", "rollback", "close")) {
                        try {
                            switch (call) {
                                case "commit" -> connection.commit();
                                case "setAutoCommit" -> connection.setAutoCommit(true);
                                case "rollback" -> connection.rollback();
                                default -> connection.close();
                            }
                        } catch (SQLException e) {
                            refusals.add(e.getMessage());
                        }
                    }
                }
            });

            assertThatThrownBy(() -> commands.upgrade("27c6", Optional.empty()))
                    .hasMessageContaining("audit refused");

            assertThat(refusals).hasSize(4).allSatisfy(message -> assertThat(message)
                    .contains("is not allowed on event.connection() of the environment hook"));
            assertThat(refusals.get(0)).startsWith("Connection.commit() is not allowed");
            // The version table was created in the run's transaction, and went with it.
            assertThat(database.tables()).doesNotContain("account", VERSION);
        }
    }

    @Test
    void callbackOperationsAreWrittenIntoTheScript() throws Exception {
        SampleEnvironment env = SampleEnvironment.create(dir, "sqlite:///" + dir.resolve("unused.db"), "");
        List<String> seen = new ArrayList<>();
        MigrationCommands commands = commands(env.catalog(), new AuditingHook(seen, Optional.empty()));
        StringWriter script = new StringWriter();

        commands.upgradeSql("1975", Optional.empty(), script);

        String text = script.toString();
        assertThat(text).containsSubsequence("INSERT INTO audit (seq, event) VALUES (1, 'before upgrade 1975ea83b712')",
                "CREATE TABLE account", "INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712')",
                "INSERT INTO audit (seq, event) VALUES (2, 'after upgrade 1975ea83b712')");
        assertThat(seen).containsExactly("1975ea83b712 create account table offline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aDataSourceOfTheHookTakesThePlaceOfTheUrl(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\n"
                    + "version_locations = [\"migrations/versions\", \"networking\"]\n"
                    + "version_table = \"alembic_version\"\n");
            DataSource dataSource = dataSource(DatabaseUrl.parse(database.url(), Path.of("").toAbsolutePath()));
            MigrationCommands commands = commands(env.catalog(), new EnvironmentHook() {
                @Override
                public Optional<DataSource> dataSource(HookContext context) {
                    return Optional.of(dataSource);
                }
            });

            commands.upgrade("27c6", Optional.empty());

            assertThat(database.versionRows(VERSION)).containsExactly("27c6a30d7c24");
            assertThat(commands.current().redactedUrl()).startsWith("jdbc:" + kind + ":");
            assertThat(commands.current().revisions()).extracting(view -> view.id()).containsExactly("27c6a30d7c24");
        }
    }

    /** pgjdbc's data source reports a URL listing every one of its properties, some 1,500 characters long. */
    @Test
    void aDataSourceUrlIsShownWithoutItsQueryParameters() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\n"
                    + "version_locations = [\"migrations/versions\", \"networking\"]\n");
            DatabaseUrl url = DatabaseUrl.parse(database.url(), Path.of("").toAbsolutePath());
            DataSource dataSource = dataSource(url);
            MigrationCommands commands = commands(env.catalog(), new EnvironmentHook() {
                @Override
                public Optional<DataSource> dataSource(HookContext context) {
                    return Optional.of(dataSource);
                }
            });

            try (Connection connection = dataSource.getConnection()) {
                assertThat(connection.getMetaData().getURL()).contains("?");
            }
            assertThat(commands.current().redactedUrl()).isEqualTo(url.jdbcUrl());
        }
    }

    /** pgjdbc says only that "the connection attempt failed"; the host it could not resolve is the reason. */
    @Test
    void aDataSourceThatCannotConnectIsReportedWithTheHostItCouldNotResolve() {
        SampleEnvironment env = SampleEnvironment.create(dir, "sqlite:///unused.db", "");
        env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\n");
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://no-such-host.invalid:5432/shop");
        MigrationCommands commands = commands(env.catalog(), new EnvironmentHook() {
            @Override
            public Optional<DataSource> dataSource(HookContext context) {
                return Optional.of(unreachable);
            }
        });

        assertThatThrownBy(() -> commands.upgrade("head", Optional.empty()))
                .hasMessageContaining("the DataSource of the environment hook")
                .hasMessageContaining("the host could not be resolved: no-such-host.invalid");
    }

    @Test
    void withoutUrlOrDataSourceTheErrorSaysWhereToSetOne() {
        SampleEnvironment env = SampleEnvironment.create(dir, "sqlite:///unused.db", "");
        env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\n");
        MigrationCommands commands = commands(env.catalog(), new EnvironmentHook() { });

        assertThatThrownBy(() -> commands.upgrade("head", Optional.empty()))
                .hasMessageContaining("No database URL configured: set 'url' in section [retort]");
    }

    private static DataSource dataSource(DatabaseUrl url) {
        if (url.dialect().equals("sqlite")) {
            SQLiteDataSource sqlite = new SQLiteDataSource();
            sqlite.setUrl(url.jdbcUrl());
            return sqlite;
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url.jdbcUrl());
        postgres.setUser(url.user().orElseThrow());
        return postgres;
    }

    private static MigrationCommands commands(ScriptCatalog catalog, EnvironmentHook hook) {
        return new MigrationCommands(catalog, LoadedEnvironment.of(catalog.config(), hook), MigrationLoader.NONE,
                MigrationListener.SILENT);
    }

    private static void createAuditTable(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE audit (seq INTEGER NOT NULL, event VARCHAR(100) NOT NULL)");
        }
    }

    /** Writes a numbered audit row before and after each step; throws after {@code refused} if given. */
    private static final class AuditingHook implements EnvironmentHook {
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<String> seen;
        private final Optional<String> refused;

        AuditingHook(List<String> seen, Optional<String> refused) {
            this.seen = seen;
            this.refused = refused;
        }

        @Override
        public void beforeRevision(RevisionEvent event) {
            audit(event, "before");
        }

        @Override
        public void afterRevision(RevisionEvent event) {
            String revision = event.revision().orElseThrow();
            seen.add(revision + " " + event.message() + (event.connection().isPresent() ? " online" : " offline"));
            if (refused.equals(event.revision())) {
                throw new IllegalStateException("audit refused " + revision);
            }
            audit(event, "after");
        }

        private void audit(RevisionEvent event, String when) {
            event.op().bulkInsert("audit", List.of(Schema.row("seq", sequence.incrementAndGet(),
                    "event", when + (event.upgrade() ? " upgrade " : " downgrade ") + event.revision().orElseThrow())));
        }
    }
}
