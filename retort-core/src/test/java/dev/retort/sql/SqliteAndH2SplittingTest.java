package dev.retort.sql;

import static dev.retort.sql.SqlDialect.H2;
import static dev.retort.sql.SqlDialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SqliteAndH2SplittingTest {

    @Test
    void keepsSqliteTriggerBodiesWhole() {
        String script = """
                CREATE TABLE [order] (id INTEGER PRIMARY KEY, "note;" TEXT, `total;` REAL);
                CREATE TRIGGER order_audit AFTER UPDATE ON [order]
                BEGIN
                  INSERT INTO audit (what) VALUES ('order ' || NEW.id || ' changed; ok');
                  UPDATE stats SET n = CASE WHEN n IS NULL THEN 1 ELSE n + 1 END;
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS no_delete BEFORE DELETE ON [order]
                BEGIN SELECT RAISE(ABORT, 'no; deletes'); END;
                BEGIN TRANSACTION;
                INSERT INTO [order] VALUES (1, 'a', 2.5);
                END TRANSACTION;
                """;

        assertThat(Split.texts(script, SQLITE)).containsExactly(
                "CREATE TABLE [order] (id INTEGER PRIMARY KEY, \"note;\" TEXT, `total;` REAL)",
                """
                CREATE TRIGGER order_audit AFTER UPDATE ON [order]
                BEGIN
                  INSERT INTO audit (what) VALUES ('order ' || NEW.id || ' changed; ok');
                  UPDATE stats SET n = CASE WHEN n IS NULL THEN 1 ELSE n + 1 END;
                END""",
                """
                CREATE TEMP TRIGGER IF NOT EXISTS no_delete BEFORE DELETE ON [order]
                BEGIN SELECT RAISE(ABORT, 'no; deletes'); END""",
                "BEGIN TRANSACTION",
                "INSERT INTO [order] VALUES (1, 'a', 2.5)",
                "END TRANSACTION");
        assertThat(Split.places(script, SQLITE)).containsExactly("1:1", "2:1", "7:1", "9:1", "10:1", "11:1");
    }

    @Test
    void takesATriggerAtTheEndOfTheScriptWithoutTerminator() {
        assertThat(Split.texts("CREATE TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y; END", SQLITE))
                .containsExactly("CREATE TRIGGER t AFTER INSERT ON x BEGIN DELETE FROM y; END");
    }

    /** As sqlite3_complete(): only an END right after a ';' ends the body, so columns may be called so. */
    @Test
    void readsATriggerBodyToTheEndThatFollowsASemicolonAsTheSqliteShellDoes() {
        String script = """
                CREATE TABLE shifts (id INTEGER PRIMARY KEY, begin TEXT, start INTEGER, end INTEGER);
                CREATE TRIGGER shifts_ai AFTER INSERT ON shifts BEGIN
                  UPDATE shifts SET end = start + 1, begin = '09:00' WHERE id = NEW.id;
                  UPDATE shifts SET end = CASE WHEN NEW.end > 9 THEN 9 ELSE NEW.end END WHERE id = NEW.id;
                END;
                SELECT 1;
                """;

        assertThat(Split.texts(script, SQLITE)).hasSize(3).element(1).asString()
                .startsWith("CREATE TRIGGER shifts_ai").endsWith("WHERE id = NEW.id;\nEND");
    }

    @Test
    void refusesACommandOfTheSqliteShell() {
        SqlSyntaxException refused = catchThrowableOfType(
                () -> SqlSplitter.split("CREATE TABLE t (id INTEGER);\n.bail on\nSELECT 1;\n", SQLITE),
                SqlSyntaxException.class);

        assertThat(refused.getMessage()).startsWith("line 2, column 1: .bail on is a command of the sqlite3 shell");
        assertThat(Split.texts("SELECT 1\n.5;", SQLITE)).as("a number on its own line, inside a statement")
                .containsExactly("SELECT 1\n.5");
    }

    @Test
    void readsNoBackslashEscapesInSqliteStrings() {
        assertThat(Split.texts("SELECT 'C:\\';\nSELECT 2", SQLITE)).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void keepsH2DollarQuotedBodiesWhole() {
        String script = """
                CREATE ALIAS IP_ADDRESS AS $$
                import java.net.*;
                @CODE
                String ipAddress(String host) throws Exception {
                    return InetAddress.getByName(host).getHostAddress();
                }
                $$;
                // a line comment; in H2
                CREATE TABLE t(id INT, `note;` VARCHAR, "x;" INT); /* a /* nested; */ comment; */
                CALL IP_ADDRESS('localhost');
                """;

        assertThat(Split.texts(script, H2)).containsExactly(
                """
                CREATE ALIAS IP_ADDRESS AS $$
                import java.net.*;
                @CODE
                String ipAddress(String host) throws Exception {
                    return InetAddress.getByName(host).getHostAddress();
                }
                $$""",
                "CREATE TABLE t(id INT, `note;` VARCHAR, \"x;\" INT)",
                "CALL IP_ADDRESS('localhost')");
    }

    @Test
    void keepsH2TriggerSourceInDollarQuotesWhole() {
        String script = "CREATE TRIGGER t1 BEFORE INSERT ON t AS $$org.h2.api.Trigger create() { return null; }$$;\n"
                + "SELECT 1";

        assertThat(Split.texts(script, H2)).containsExactly(
                "CREATE TRIGGER t1 BEFORE INSERT ON t AS $$org.h2.api.Trigger create() { return null; }$$", "SELECT 1");
    }

    /** As H2's script runner: {@code $$} opens a quote only at a statement's start or after a space or line end. */
    @Test
    void takesH2DollarsForAQuoteOnlyWhereItsScriptRunnerDoes() {
        String script = "INSERT INTO e VALUES ($$x;y$$);\n$$a;b$$;\nSELECT\t$$c;d$$;";

        assertThat(Split.texts(script, H2)).containsExactly("INSERT INTO e VALUES ($$x", "y$$)", "$$a;b$$",
                "SELECT\t$$c;d$$");
    }
}
