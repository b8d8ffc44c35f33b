package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.command.MigrationCommands;
import dev.retort.command.ScriptCatalog;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.hook.RevisionEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A connection the application owns, handed to retort through the hook's {@link DataSource} and kept open
 * across the run: it comes back with the settings it was given, after a run that succeeds or fails, and one
 * that may hold the application's uncommitted work is refused rather than committed.
 */
class ApplicationConnectionTest {
    private static final String VERSION = "alembic_version";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theConnectionComesBackAsItWasGivenAfterARun(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir); Connection application = database.connect()) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            String before = setSessionSetting(application, kind);

            commands(env.catalog(), application, Optional.empty()).upgrade("27c6", Optional.empty());

            assertThat(database.versionRows(VERSION)).containsExactly("27c6a30d7c24");
            assertThat(application.isClosed()).isFalse();
            assertThat(application.getAutoCommit()).isTrue();
            assertThat(sessionSetting(application, kind)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theConnectionComesBackAsItWasGivenAfterAFailure(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir); Connection application = database.connect()) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            String before = setSessionSetting(application, kind);

            assertThatThrownBy(() -> commands(env.catalog(), application, Optional.of("27c6a30d7c24"))
                    .upgrade("27c6", Optional.empty())).hasMessageContaining("refused 27c6a30d7c24");

            assertThat(application.getAutoCommit()).isTrue();
            assertThat(sessionSetting(application, kind)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aConnectionOutsideAutocommitIsMigratedAndComesBackOutsideAutocommit(String kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind, dir); Connection application = database.connect()) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "");
            application.setAutoCommit(false);

            commands(env.catalog(), application, Optional.empty()).upgrade("27c6", Optional.empty());

            assertThat(application.getAutoCommit()).isFalse();
            application.rollback();
            assertThat(database.versionRows(VERSION)).as("committed, not left in the application's transaction")
                    .containsExactly("27c6a30d7c24");
        }
    }

    /** Sets the session setting retort changes for its lock to a value of the application's; returns it. */
    private static String setSessionSetting(Connection connection, String kind) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(kind.equals("sqlite") ? "PRAGMA busy_timeout = 1234"
                    : "SET client_connection_check_interval = '7s'");
        }
        return sessionSetting(connection, kind);
    }

    private static String sessionSetting(Connection connection, String kind) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                kind.equals("sqlite") ? "PRAGMA busy_timeout" : "SHOW client_connection_check_interval")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Commands whose hook hands out {@code connection}, closed by the application only; a callback may fail. */
    private static MigrationCommands commands(ScriptCatalog catalog, Connection connection,
            Optional<String> failingRevision) {
        DataSource dataSource = kept(connection);
        EnvironmentHook hook = new EnvironmentHook() {
            @Override
            public Optional<DataSource> dataSource(HookContext context) {
                return Optional.of(dataSource);
            }

            @Override
            public void afterRevision(RevisionEvent event) {
                if (event.revision().equals(failingRevision)) {
                    throw new IllegalStateException("refused " + failingRevision.get());
                }
            }
        };
        return new MigrationCommands(catalog, LoadedEnvironment.of(catalog.config(), hook), MigrationLoader.NONE,
                MigrationListener.SILENT);
    }

    /** A data source that gives {@code connection} each time, whose close() leaves it open. */
    private static DataSource kept(Connection connection) {
        Connection handedOut = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getConnection")) {
                        return handedOut;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
