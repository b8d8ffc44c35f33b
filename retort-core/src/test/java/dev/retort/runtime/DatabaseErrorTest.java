package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseErrorTest {

    @TempDir
    Path folder;

    /** SQLite's own "database is locked" says neither why nor what to do; retort's message says both. */
    @Test
    void aSqliteFileAnotherConnectionKeepsLockedIsExplained() throws SQLException {
        String url = "jdbc:sqlite:" + folder.resolve("app.db");
        try (Connection writer = DriverManager.getConnection(url);
                Connection reader = DriverManager.getConnection(url + "?busy_timeout=0");
                Statement writing = writer.createStatement();
                Statement reading = reader.createStatement()) {
            writing.execute("CREATE TABLE t (id INTEGER)");
            writing.execute("BEGIN EXCLUSIVE");
            SQLException busy = catchThrowableOfType(() -> reading.executeQuery("SELECT * FROM t"),
                    SQLException.class);

            assertThat(new DatabaseError(BoundSql.of("SELECT * FROM t"), busy).getMessage())
                    .startsWith("[SQLITE_BUSY] The database file is locked (database is locked); another connection"
                            + " kept the database file locked for longer than retort waits ('lock_timeout', 60 s"
                            + " unless set): another run, or an application writing to it; run again once it is done");
        }
    }

    @Test
    void otherErrorsKeepTheDriversMessage() throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("app.db"));
                Statement statement = connection.createStatement()) {
            SQLException missing = catchThrowableOfType(() -> statement.executeQuery("SELECT * FROM nowhere"),
                    SQLException.class);

            assertThat(new DatabaseError(BoundSql.of("SELECT * FROM nowhere"), missing).getMessage())
                    .isEqualTo(missing.getMessage());
        }
    }
}
