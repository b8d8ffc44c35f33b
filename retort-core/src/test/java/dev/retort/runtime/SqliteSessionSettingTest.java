package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite leaves {@code PRAGMA foreign_keys} as it is while a transaction is open: a revision that turns it off
 * in the run's transaction fails rather than go on with foreign keys enforced (where a table rebuilt by hand
 * takes its referring rows with it), and turns it off inside an autocommit block.
 */
class SqliteSessionSettingTest {
    private static final String DATA = "eeee00000003";

    @TempDir
    Path dir;

    @Test
    void aPragmaTheTransactionIgnoresFailsTheRevisionAndLeavesNothingBehind() throws Exception {
        MigrationCommands commands = commands("?foreign_keys=true", op -> {
            op.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            op.execute("PRAGMA foreign_keys = OFF");
        });

        assertThatThrownBy(() -> commands.upgrade(DATA, Optional.empty()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("PRAGMA foreign_keys did not take effect (it is still 1)")
                .hasMessageContaining("op.autocommitBlock");
        assertThat(query("SELECT name FROM sqlite_master WHERE name IN ('parent', 'alembic_version')")).isEmpty();
    }

    @Test
    void insideAnAutocommitBlockThePragmaTakesEffect() throws Exception {
        MigrationCommands commands = commands("?foreign_keys=true", op -> {
            op.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            op.execute("CREATE TABLE child (id INTEGER PRIMARY KEY,"
                    + " parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE)");
            op.execute("INSERT INTO parent (id) VALUES (1)");
            op.execute("INSERT INTO child (id, parent_id) VALUES (10, 1)");
            op.autocommitBlock(() -> op.execute("PRAGMA foreign_keys = OFF"));
            op.execute("DELETE FROM parent");
        });

        commands.upgrade(DATA, Optional.empty());

        assertThat(query("SELECT id FROM child")).containsExactly("10");
    }

    @Test
    void aPragmaThatFindsTheSettingAsItAsksRunsInTheTransaction() throws Exception {
        MigrationCommands commands = commands("", op -> op.execute("PRAGMA foreign_keys=OFF"));

        commands.upgrade(DATA, Optional.empty());

        assertThat(query("SELECT version_num FROM alembic_version")).containsExactly(DATA);
    }

    private MigrationCommands commands(String urlOptions, Consumer<Operations> upgrade) {
        return JavaRevisionFixture.commands(SampleEnvironment.create(dir, "jdbc:sqlite:" + database() + urlOptions,
                ""), DATA, new Migration() {
                    @Override
                    public void upgrade(Operations op) {
                        upgrade.accept(op);
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                });
    }

    private Path database() {
        return dir.toAbsolutePath().resolve("test.db");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
