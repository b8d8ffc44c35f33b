package dev.retort.sql;

import static dev.retort.sql.SqlDialect.MARIADB;
import static dev.retort.sql.SqlDialect.MYSQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MySqlSplittingTest {

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void splitsOnTheDelimiterThatDelimiterLinesSet(SqlDialect dialect) {
        String script = """
                # orders schema
                CREATE TABLE `order` (
                  `id` INT AUTO_INCREMENT PRIMARY KEY,
                  `note` VARCHAR(255) DEFAULT 'n/a; none',
                  `total` DECIMAL(10,2) NOT NULL -- amount; in cents
                );

                DELIMITER $$
                CREATE PROCEDURE close_orders(IN cutoff DATE)
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  UPDATE `order` SET note = 'closed; by job' WHERE created < cutoff;
                END$$

                CREATE TRIGGER order_total BEFORE INSERT ON `order`
                FOR EACH ROW
                BEGIN
                  IF NEW.total < 0 THEN
                    SET NEW.total = 0;
                  END IF;
                END $$
                DELIMITER ;

                delimiter //
                CREATE FUNCTION tax(amount DECIMAL(10,2)) RETURNS DECIMAL(10,2) DETERMINISTIC
                BEGIN
                  RETURN amount * 0.2;
                END //
                DELIMITER ; # back to normal
                SELECT tax(10);
                """;

        assertThat(Split.texts(script, dialect)).containsExactly(
                """
                CREATE TABLE `order` (
                  `id` INT AUTO_INCREMENT PRIMARY KEY,
                  `note` VARCHAR(255) DEFAULT 'n/a; none',
                  `total` DECIMAL(10,2) NOT NULL -- amount; in cents
                )""",
                """
                CREATE PROCEDURE close_orders(IN cutoff DATE)
                BEGIN
                  DECLARE done INT DEFAULT 0;
                  UPDATE `order` SET note = 'closed; by job' WHERE created < cutoff;
                END""",
                """
                CREATE TRIGGER order_total BEFORE INSERT ON `order`
                FOR EACH ROW
                BEGIN
                  IF NEW.total < 0 THEN
                    SET NEW.total = 0;
                  END IF;
                END""",
                """
                CREATE FUNCTION tax(amount DECIMAL(10,2)) RETURNS DECIMAL(10,2) DETERMINISTIC
                BEGIN
                  RETURN amount * 0.2;
                END""",
                "SELECT tax(10)");
        assertThat(Split.places(script, dialect)).containsExactly("2:1", "9:1", "15:1", "25:1", "30:1");
    }

    @Test
    void keepsAStoredProcedureWithoutDelimiterWhole() {
        String procedure = """
                CREATE DEFINER=`admin`@`%` PROCEDURE archive(IN days INT)
                BEGIN
                  DECLARE n INT DEFAULT 0;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET n = -1;
                  outer_loop: LOOP
                    SET n = n + 1;
                    IF n > days THEN
                      LEAVE outer_loop;
                    ELSEIF n = 2 THEN
                      ITERATE outer_loop;
                    END IF;
                  END LOOP outer_loop;
                  WHILE n > 0 DO
                    SET n = n - 1;
                  END WHILE;
                  REPEAT
                    SET n = n + 1;
                  UNTIL n >= 3 END REPEAT;
                  CASE n
                    WHEN 3 THEN SELECT 'three; 3';
                    ELSE BEGIN
                      SELECT CASE WHEN n > 3 THEN 'big' ELSE 'small' END;
                    END;
                  END CASE;
                  block: BEGIN
                    SELECT IF(n > 1, 'a', 'b'), REPEAT('x', 2);
                  END block;
                END""";

        assertThat(Split.texts(procedure + ";\nSELECT 1;\n", MYSQL)).containsExactly(procedure, "SELECT 1");
    }

    @Test
    void recognisesTheStoredProgramsOfEveryKind() {
        String script = """
                CREATE TRIGGER audit_order AFTER UPDATE ON `order` FOR EACH ROW
                BEGIN
                  INSERT INTO audit VALUES (NEW.id, 'updated; ok');
                END;
                CREATE DEFINER = admin@localhost EVENT purge_log ON SCHEDULE EVERY 1 DAY
                DO BEGIN DELETE FROM log WHERE ts < NOW() - INTERVAL 30 DAY; END;
                CREATE DEFINER=CURRENT_USER() FUNCTION one() RETURNS INT DETERMINISTIC BEGIN RETURN 1; END;
                CREATE TRIGGER simple BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1;
                CREATE PROCEDURE p() SELECT 1;
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                """
                CREATE TRIGGER audit_order AFTER UPDATE ON `order` FOR EACH ROW
                BEGIN
                  INSERT INTO audit VALUES (NEW.id, 'updated; ok');
                END""",
                """
                CREATE DEFINER = admin@localhost EVENT purge_log ON SCHEDULE EVERY 1 DAY
                DO BEGIN DELETE FROM log WHERE ts < NOW() - INTERVAL 30 DAY; END""",
                "CREATE DEFINER=CURRENT_USER() FUNCTION one() RETURNS INT DETERMINISTIC BEGIN RETURN 1; END",
                "CREATE TRIGGER simple BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1",
                "CREATE PROCEDURE p() SELECT 1");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void keepsTheNewBodyOfAnAlteredEventWhole(SqlDialect dialect) {
        String script = """
                ALTER DEFINER = admin@localhost EVENT purge_log DO BEGIN
                  INSERT INTO log (v) VALUES ('altered;');
                  DELETE FROM log WHERE v IS NULL;
                END;
                ALTER TABLE log ADD COLUMN w INT;
                """;

        assertThat(Split.texts(script, dialect)).containsExactly("""
                ALTER DEFINER = admin@localhost EVENT purge_log DO BEGIN
                  INSERT INTO log (v) VALUES ('altered;');
                  DELETE FROM log WHERE v IS NULL;
                END""", "ALTER TABLE log ADD COLUMN w INT");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void refusesTheCommandsOfTheMysqlClientBeforeAnythingRuns(SqlDialect dialect) {
        SqlSyntaxException go = catchThrowableOfType(() -> SqlSplitter.split(
                "CREATE TABLE g1 (id INT);\nCREATE TABLE g2 (id INT)\\g\nCREATE TABLE g3 (id INT);\n", dialect),
                SqlSyntaxException.class);
        assertThat(go.line()).isEqualTo(2);
        assertThat(go.problem()).startsWith("\\g is a command of the mysql client").contains("instead of \\g");

        assertThat(catchThrowableOfType(() -> SqlSplitter.split("SELECT 1;\n\\. other.sql\n", dialect),
                SqlSyntaxException.class).problem()).startsWith("\\. other.sql is a command of the mysql client");
        SqlSyntaxException source = catchThrowableOfType(() -> SqlSplitter.split("SELECT 1;\nsource other.sql\n",
                dialect), SqlSyntaxException.class);
        assertThat(source.line()).isEqualTo(2);
        assertThat(source.problem()).startsWith("source other.sql is a command of the mysql client");
    }

    /** The mysql client's {@code \d} is its short form of DELIMITER, between statements, a space after it or not. */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void readsTheShortFormOfDelimiterAsTheMysqlClientDoes(SqlDialect dialect) {
        String script = """
                \\d //
                CREATE PROCEDURE p() BEGIN SELECT 1; END//
                  \\d ;  -- back to normal
                SELECT 2;
                \\d$$
                SELECT 3; SELECT 4$$
                """;

        assertThat(Split.texts(script, dialect)).containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1; END",
                "SELECT 2", "SELECT 3; SELECT 4");
        SqlSyntaxException inside = catchThrowableOfType(() -> SqlSplitter.split("SELECT 1;\nSELECT 2 \\d //\n"
                + "SELECT 3//\n", dialect), SqlSyntaxException.class);
        assertThat(inside.line()).isEqualTo(2);
        assertThat(inside.problem()).isEqualTo("\\d // is the mysql client's short form of DELIMITER, which sets the"
                + " delimiter of the statements after it but does not end the one before it; end that statement with"
                + " its delimiter and put DELIMITER (or \\d) on a line of its own");
    }

    /**
     * A body that is an IF or a loop, without BEGIN, is cut at its first ';' by the mysql client and by retort:
     * the script is refused before anything runs, instead of running the trigger's first half.
     */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void refusesABodyCutAtItsSemicolonBeforeAnythingRuns(SqlDialect dialect) {
        String script = """
                CREATE TABLE f1t (v INT);
                CREATE TRIGGER f1_default BEFORE INSERT ON f1t FOR EACH ROW IF NEW.v IS NULL THEN
                  SET NEW.v = 0;
                END IF;
                """;

        SqlSyntaxException cut = catchThrowableOfType(() -> SqlSplitter.split(script, dialect),
                SqlSyntaxException.class);
        assertThat(cut.line()).isEqualTo(4);
        assertThat(cut.problem()).startsWith("a statement cannot start with 'END IF': the statement before it was"
                + " cut at a ';' inside a stored program's body").contains("DELIMITER");
        for (String rest : List.of("ELSE SET x = 1", "elseif x THEN SET x = 1", "UNTIL x > 3 END REPEAT",
                "END  WHILE", "END")) {
            assertThat(catchThrowableOfType(() -> SqlSplitter.split("SELECT 1;\n" + rest + ";\n", dialect),
                    SqlSyntaxException.class)).as(rest).isNotNull();
        }
        assertThat(Split.texts("SELECT 1;\nENDS_AT_NOON();\nelsewhere();\n", dialect))
                .containsExactly("SELECT 1", "ENDS_AT_NOON()", "elsewhere()");
    }

    /** The client passes a backslash to the server unless a command letter follows it: {@code \N} is NULL. */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void passesABackslashThatStartsNoClientCommandToTheServer(SqlDialect dialect) {
        assertThat(Split.texts("SELECT \\N AS n;\nINSERT INTO t VALUES (\\N);\n", dialect))
                .containsExactly("SELECT \\N AS n", "INSERT INTO t VALUES (\\N)");
    }

    @Test
    void leavesBackslashesInsideQuotesAndASourceColumnAlone() {
        String script = "SELECT 'it\\'s \\\\', `a\\b`, \"\\\"\" FROM t;\nUPDATE t SET\nsource = 1;\n";

        assertThat(Split.texts(script, MARIADB)).containsExactly("SELECT 'it\\'s \\\\', `a\\b`, \"\\\"\" FROM t",
                "UPDATE t SET\nsource = 1");
    }

    @Test
    void endsAProgramWithoutBodyAtItsSemicolon() {
        String script = "CREATE FUNCTION sign_of(a INT) RETURNS INT DETERMINISTIC\n"
                + "  RETURN (SELECT CASE WHEN a < 0 THEN -1 ELSE 1 END);\nSELECT sign_of(-2);";

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "CREATE FUNCTION sign_of(a INT) RETURNS INT DETERMINISTIC\n"
                        + "  RETURN (SELECT CASE WHEN a < 0 THEN -1 ELSE 1 END)",
                "SELECT sign_of(-2)");
    }

    @Test
    void takesAProgramAtTheEndOfTheScriptWithoutTerminator() {
        String script = "SELECT 1;\nCREATE PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 2; END IF;\nEND";

        assertThat(Split.texts(script, MARIADB))
                .containsExactly("SELECT 1", "CREATE PROCEDURE p()\nBEGIN\n  IF 1 THEN SELECT 2; END IF;\nEND");
    }

    @Test
    void doesNotMistakeColumnsNamedLikeKeywordsForAProgram() {
        String script = "CREATE TABLE event (begin INT, `end` INT, trigger_name TEXT);\nSELECT begin FROM event;";

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "CREATE TABLE event (begin INT, `end` INT, trigger_name TEXT)", "SELECT begin FROM event");
    }

    @Test
    void readsBackslashEscapesInBothQuotes() {
        String script = """
                INSERT INTO t VALUES ('it\\'s; done', "say \\"hi\\"; bye", 'a\\\\', "x""y;");
                SELECT 1;
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "INSERT INTO t VALUES ('it\\'s; done', \"say \\\"hi\\\"; bye\", 'a\\\\', \"x\"\"y;\")", "SELECT 1");
    }

    @Test
    void takesHashAndSpacedDoubleDashAsComments() {
        String script = """
                SELECT 1 # not the end;
                  + 1;
                SELECT 5--1;
                SELECT 2 -- the end; really
                ;
                SELECT 3 --\tdone;
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "SELECT 1 # not the end;\n  + 1", "SELECT 5--1", "SELECT 2", "SELECT 3");
    }

    @Test
    void keepsBacktickIdentifiersWhole() {
        assertThat(Split.texts("SELECT `a;b`, `x``;y` FROM `t`; SELECT 2", MYSQL))
                .containsExactly("SELECT `a;b`, `x``;y` FROM `t`", "SELECT 2");
    }

    @Test
    void keepsExecutableCommentsAsStatementsAsMysqldumpWritesThem() {
        String script = """
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!50003 SET @saved_cs_client      = @@character_set_client */ ;
                DELIMITER ;;
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW BEGIN
                  SET NEW.a = 1;
                END */;;
                DELIMITER ;
                /* a plain comment; dropped */;
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
                "/*!50003 SET @saved_cs_client      = @@character_set_client */",
                """
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `t_bi` BEFORE INSERT ON `t` FOR EACH ROW BEGIN
                  SET NEW.a = 1;
                END */""");
    }

    /**
     * mysqldump writes a view's body in an executable comment: a string or a quoted name in it that holds
     * {@code *}{@code /} does not end the comment, for the server or the mysql client; in a plain comment it does.
     */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void readsQuotesInsideExecutableCommentsAsTheMysqlClientDoes(SqlDialect dialect) {
        String script = """
                /*!50001 CREATE VIEW v AS SELECT 'a*/b' AS x */;
                /*!50001 CREATE VIEW w AS SELECT "it\\"s */;" AS `c*/d`, 'it\\'s*/' */;
                /* it's a plain comment */ SELECT 1;
                """;

        assertThat(Split.texts(script, dialect)).containsExactly(
                "/*!50001 CREATE VIEW v AS SELECT 'a*/b' AS x */",
                "/*!50001 CREATE VIEW w AS SELECT \"it\\\"s */;\" AS `c*/d`, 'it\\'s*/' */",
                "SELECT 1");
        assertThat(Split.texts("/*M!100100 CREATE VIEW v AS SELECT 'a*/b' AS x */;", MARIADB))
                .containsExactly("/*M!100100 CREATE VIEW v AS SELECT 'a*/b' AS x */");
        SqlSyntaxException unclosed = catchThrowableOfType(SqlSyntaxException.class,
                () -> Split.texts("SELECT 1;\n/*!50001 CREATE VIEW v AS SELECT 'a */;\n", dialect));
        assertThat(unclosed.getMessage()).startsWith("line 2, column 34: string literal is never closed");
    }

    /**
     * As the mysql client does, a backslash escapes nothing in the statements after one that sets sql_mode with
     * NO_BACKSLASH_ESCAPES (mysqldump writes such a SET before a routine made in that mode, and sets the mode
     * saved before it back after it), and escapes again after one that sets sql_mode without it.
     */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void readsBackslashesAsTheSqlModeTheScriptSetsSays(SqlDialect dialect) {
        String script = """
                /*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
                INSERT INTO paths VALUES (0, 'it\\'s; here');
                /*!50003 SET @saved_sql_mode       = @@sql_mode */ ;
                /*!50003 SET sql_mode              = 'NO_BACKSLASH_ESCAPES,STRICT_TRANS_TABLES' */ ;
                INSERT INTO paths VALUES (1, 'C:\\');
                SET @saved_sql_mode = 'NO_AUTO_VALUE_ON_ZERO';
                SET GLOBAL sql_mode = '';
                SELECT 'E:\\';
                /*!50003 SET sql_mode              = @saved_sql_mode */ ;
                INSERT INTO paths VALUES (2, 'it\\'s; here');
                SET @@session.sql_mode = 'ANSI,no_backslash_escapes';
                SELECT 'F:\\';
                set session sql_mode = DEFAULT;
                SELECT 'it\\'s';
                SET @@sql_mode := CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES');
                SELECT 'G:\\';
                SET NAMES utf8mb4, sql_mode = '';
                SELECT 'it\\'s';
                """;

        assertThat(Split.texts(script, dialect)).contains(
                "INSERT INTO paths VALUES (0, 'it\\'s; here')", "INSERT INTO paths VALUES (1, 'C:\\')",
                "SELECT 'E:\\'",
                "INSERT INTO paths VALUES (2, 'it\\'s; here')", "SELECT 'F:\\'", "SELECT 'G:\\'")
                .containsSubsequence("SELECT 'F:\\'", "SELECT 'it\\'s'", "SELECT 'G:\\'", "SELECT 'it\\'s'")
                .hasSize(18);
    }

    @Test
    void takesDelimiterStartingALineInsideAStatementAsANameAsTheMysqlClientDoes() {
        String script = """
                CREATE TABLE csv_format (
                  id INT PRIMARY KEY,
                  delimiter CHAR(1) NOT NULL DEFAULT ','
                );
                UPDATE csv_format SET
                  delimiter = ';';
                DELIMITER $$
                SELECT 1$$
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly(
                "CREATE TABLE csv_format (\n  id INT PRIMARY KEY,\n  delimiter CHAR(1) NOT NULL DEFAULT ','\n)",
                "UPDATE csv_format SET\n  delimiter = ';'", "SELECT 1");
    }

    @Test
    void dropsLinesStartingWithTwoDashesBetweenStatementsAsTheMysqlClientDoes() {
        String script = """
                --------------------------------
                -- users
                --------------------------------
                CREATE TABLE users (id INT PRIMARY KEY);
                  --seed data
                INSERT INTO users VALUES (5
                --2
                );
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly("CREATE TABLE users (id INT PRIMARY KEY)",
                "INSERT INTO users VALUES (5\n--2\n)");
    }

    @Test
    void dropsTwoDashesAfterAStatementOnItsLineAsTheMysqlClientDoes() {
        String script = """
                CREATE TABLE accounts (id INT);--the accounts
                CREATE TABLE notes (id INT);  --the notes
                INSERT INTO notes VALUES (1);
                """;

        assertThat(Split.texts(script, MYSQL)).containsExactly("CREATE TABLE accounts (id INT)",
                "CREATE TABLE notes (id INT)", "INSERT INTO notes VALUES (1)");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void readsBeginEndAndCaseAsNamesWhereTheyNameAColumn(SqlDialect dialect) {
        String script = """
                CREATE TRIGGER period_ai AFTER INSERT ON period FOR EACH ROW
                  INSERT INTO period_log (id, begin, end) VALUES (NEW.id, NEW.begin, NEW.end);
                CREATE PROCEDURE shift(IN d INT)
                BEGIN
                  UPDATE period SET end = end + d, begin = begin + d;
                  SET @end = (SELECT MAX(p.end) FROM period p);
                  SELECT CASE WHEN d > 0 THEN 'later' ELSE 'earlier' END;
                END;
                SELECT 1;
                """;

        assertThat(Split.texts(script, dialect)).hasSize(3).last().isEqualTo("SELECT 1");
    }

    /** Where only a value or a name can come, begin and end are names; a CASE's END may be compared. */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void readsBeginAndEndAsNamesAfterWordsThatTakeAValue(SqlDialect dialect) {
        String script = """
                CREATE PROCEDURE current_periods(INOUT n INT)
                BEGIN
                  SELECT COUNT(*) INTO n FROM period WHERE NOW() BETWEEN begin AND end;
                  SELECT DISTINCT begin, 1 AS end FROM period HAVING end > 0;
                  IF CASE WHEN n > 0 THEN 1 ELSE 0 END = 1 THEN SET n = 2; END IF;
                  SELECT CASE WHEN n > 0 THEN end = 1 ELSE 0 END FROM period;
                END;
                CREATE FUNCTION countdown(n INT) RETURNS INT
                BEGIN
                  DECLARE end INT DEFAULT n;
                  IF end = 1 THEN SET n = 0; END IF;
                  WHILE end > 0 DO SET end = end - 1; END WHILE;
                  RETURN end;
                END;
                SELECT 1;
                """;

        assertThat(Split.texts(script, dialect)).hasSize(3).last().isEqualTo("SELECT 1");
    }

    /** MariaDB's Oracle mode opens a program's body with AS BEGIN or IS BEGIN. */
    @Test
    void opensABodyAfterAsOrIsAsMariaDbsOracleModeWritesIt() {
        String script = "CREATE PROCEDURE p AS BEGIN SELECT 1; SELECT 2; END;\n"
                + "CREATE PROCEDURE q IS BEGIN SELECT 1; SELECT 2; END;\nSELECT 3;";

        assertThat(Split.texts(script, SqlDialect.MARIADB)).hasSize(3).last().isEqualTo("SELECT 3");
    }

    @Test
    void takesDelimiterAsAWordWhenItIsNotAtTheStartOfALine() {
        String script = "SELECT 1 AS\n  x, 2 AS delimiter;\nSELECT delimiter FROM t;";

        assertThat(Split.texts(script, MYSQL))
                .containsExactly("SELECT 1 AS\n  x, 2 AS delimiter", "SELECT delimiter FROM t");
    }

    @Test
    void acceptsQuotedAndWordDelimiters() {
        String script = "DELIMITER '//'\nSELECT 1//SELECT 2//\nDELIMITER go\nSELECT 'a;b'; SELECT 3 go\nDELIMITER ;";

        assertThat(Split.texts(script, MYSQL)).containsExactly("SELECT 1", "SELECT 2", "SELECT 'a;b'; SELECT 3");
    }

    @Test
    void endsWordsAtACustomDelimiter() {
        assertThat(Split.texts("DELIMITER $$\nCREATE PROCEDURE p() BEGIN END$$SELECT 1$$", MYSQL))
                .containsExactly("CREATE PROCEDURE p() BEGIN END", "SELECT 1");
    }

    @Test
    void keepsMariadbAnonymousBlocksAndForLoopsWhole() {
        String script = """
                BEGIN NOT ATOMIC
                  DECLARE total INT DEFAULT 0;
                  FOR i IN 1..3 DO
                    SET total = total + i;
                  END FOR;
                  SELECT total;
                END;
                /*M!100100 SET SESSION sql_mode = 'ANSI; really' */;
                BEGIN;
                COMMIT;
                """;

        assertThat(Split.texts(script, MARIADB)).containsExactly(
                """
                BEGIN NOT ATOMIC
                  DECLARE total INT DEFAULT 0;
                  FOR i IN 1..3 DO
                    SET total = total + i;
                  END FOR;
                  SELECT total;
                END""",
                "/*M!100100 SET SESSION sql_mode = 'ANSI; really' */",
                "BEGIN",
                "COMMIT");
    }

    /**
     * mariadb-dump's first line, a command of the mariadb client without a terminator, is no part of the statement
     * after it; a MariaDB comment of another version starts the statement, as the server runs it.
     */
    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void dropsTheSandboxLineThatMariadbDumpWritesFirst(SqlDialect dialect) {
        String script = """
                /*M!999999\\- enable the sandbox mode */\s
                -- MariaDB dump 10.19  Distrib 10.11.8-MariaDB
                CREATE TABLE t (id INT);
                """;

        assertThat(Split.places(script, dialect)).containsExactly("3:1");
        assertThat(Split.texts(script, dialect)).containsExactly("CREATE TABLE t (id INT)");
        assertThat(Split.texts("/*M!100100 SET @a = 1 */ SELECT @a;", MARIADB))
                .containsExactly("/*M!100100 SET @a = 1 */ SELECT @a");
    }

    @Test
    void readsMariadbExecutableCommentsAsPlainCommentsInMysql() {
        assertThat(Split.texts("/*M!100100 SET x = 1 */;\nSELECT 1;", MYSQL)).containsExactly("SELECT 1");
    }
}
