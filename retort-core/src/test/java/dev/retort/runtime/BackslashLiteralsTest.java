package dev.retort.runtime;

import static dev.retort.api.Schema.BINARY;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The literals an online run writes (bulk inserts, inline literals) as the session reads them, where a setting
 * of the server changes what a backslash in a string means: MySQL's NO_BACKSLASH_ESCAPES, PostgreSQL's
 * standard_conforming_strings = off.
 */
class BackslashLiteralsTest {
    private static final String REVISION = "eeee00000001";
    private static final String TEXT_WITH_BACKSLASHES = "C:\\new\\table 'quoted' \\\\ end\\";

    @TempDir
    Path dir;

    @Test
    void onMariaDbWithoutBackslashEscapesABackslashIsStoredAsWritten() throws Exception {
        try (TestDatabase database = TestDatabase.create("mariadb", dir)) {
            String url = database.url() + "?sessionVariables=sql_mode='NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES'";
            upgrade(url, false);

            assertThat(database.query("SELECT CONCAT(id, '|', note) FROM noted ORDER BY id")).containsExactly(
                    "1|" + TEXT_WITH_BACKSLASHES, "2|" + TEXT_WITH_BACKSLASHES);
        }
    }

    @Test
    void onPostgresWithoutStandardConformingStringsABackslashIsStoredAsWritten() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            String name = database.url().substring(database.url().lastIndexOf('/') + 1);
            try (Connection admin = TestDatabase.serverConnection("postgresql");
                    Statement statement = admin.createStatement()) {
                statement.execute("ALTER DATABASE " + name + " SET standard_conforming_strings = off");
            }
            upgrade(database.url(), true);

            assertThat(database.query("SELECT id || '|' || note || '|' || COALESCE(encode(data, 'hex'), '') FROM noted ORDER BY id"))
                    .containsExactly("1|" + TEXT_WITH_BACKSLASHES + "|005c27ff", "2|" + TEXT_WITH_BACKSLASHES + "|");
        }
    }

    private void upgrade(String url, boolean withBytes) {
        MigrationCommands commands = JavaRevisionFixture.commands(SampleEnvironment.create(dir, url, ""), REVISION,
                new Migration() {
                    @Override
                    public void upgrade(Operations op) {
                        var id = column("id", INTEGER);
                        var note = column("note", TEXT);
                        var data = column("data", BINARY);
                        op.createTable("noted", id.primaryKey(), note, data);
                        op.bulkInsert(table("noted", id, note, data), List.of(withBytes
                                ? Map.of("id", 1, "note", TEXT_WITH_BACKSLASHES, "data", new byte[] {0, '\\', '\'', -1})
                                : Map.of("id", 1, "note", TEXT_WITH_BACKSLASHES)));
                        op.execute("INSERT INTO noted (id, note) VALUES (2, " + op.inlineLiteral(TEXT_WITH_BACKSLASHES)
                                + ")");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("noted");
                    }
                });
        commands.upgrade("heads", Optional.empty());
    }
}
