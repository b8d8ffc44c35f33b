package dev.retort.sql;

import static dev.retort.sql.SqlDialect.H2;
import static dev.retort.sql.SqlDialect.MARIADB;
import static dev.retort.sql.SqlDialect.MYSQL;
import static dev.retort.sql.SqlDialect.POSTGRESQL;
import static dev.retort.sql.SqlDialect.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A construct the script never closes stops the split at the place it starts. */
class UnterminatedConstructTest {

    private static SqlSyntaxException failure(String script, SqlDialect dialect) {
        SqlSyntaxException failure = catchThrowableOfType(SqlSyntaxException.class,
                () -> SqlSplitter.split(script, dialect));
        assertThat(failure).as("the error splitting %s", script).isNotNull();
        assertThat(failure.getMessage())
                .isEqualTo("line " + failure.line() + ", column " + failure.column() + ": " + failure.problem());
        return failure;
    }

    @Test
    void namesAPostgresStringBrokenByABackslashEscape() {
        SqlSyntaxException failure = failure(
                "SELECT 1;\nINSERT INTO t VALUES ('it\\'s fine');\nSELECT 2;", POSTGRESQL);

        assertThat(failure.getMessage()).isEqualTo("line 2, column 34: string literal is never closed; add the"
                + " closing '. A ' inside it is written ''; a backslash escapes nothing in a PostgreSQL string unless"
                + " it is written E'...'. It starts: ');");
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "H2"})
    void namesAnUnclosedString(SqlDialect dialect) {
        assertThat(failure("SELECT 'abc;\nSELECT 2;", dialect).getMessage()).isEqualTo("line 1, column 8: string"
                + " literal is never closed; add the closing '. A ' inside it is written ''. It starts: 'abc;");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void namesAMysqlStringWhoseLastQuoteIsEscapedAndTheSqlModeWithoutEscapes(SqlDialect dialect) {
        String withoutEscapes = "; a backslash escapes the character after it unless sql_mode holds"
                + " NO_BACKSLASH_ESCAPES, which is read from the script's own SET sql_mode statements: for a statement"
                + " written for that mode, put SET sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES') before it";
        assertThat(failure("SELECT 'C:\\';\nSELECT 2;", dialect).getMessage()).isEqualTo("line 1, column 8: string"
                + " literal is never closed; add the closing '. A ' inside it is written '' or \\'" + withoutEscapes
                + ". It starts: 'C:\\';");
        assertThat(failure("SELECT \"a\\", dialect).getMessage()).isEqualTo("line 1, column 8: string literal"
                + " is never closed; add the closing \". A \" inside it is written \"\" or \\\"" + withoutEscapes
                + ". It starts: \"a\\");
        assertThat(failure("SELECT 'abc;\nSELECT 2;", dialect).getMessage()).isEqualTo("line 1, column 8: string"
                + " literal is never closed; add the closing '. A ' inside it is written '' or \\'. It starts: 'abc;");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void saysThatBackslashesEscapeNothingAfterTheScriptSetNoBackslashEscapes(SqlDialect dialect) {
        assertThat(failure("SET sql_mode = 'NO_BACKSLASH_ESCAPES';\nSELECT 'it\\'s';\n", dialect).getMessage())
                .isEqualTo("line 2, column 14: string literal is never closed; add the closing '. A ' inside it is"
                        + " written ''; a backslash escapes nothing here, as the script set sql_mode with"
                        + " NO_BACKSLASH_ESCAPES before it. It starts: ';");
    }

    @Test
    void namesAnUnclosedEscapeString() {
        assertThat(failure("SELECT E'it\\'s", POSTGRESQL).getMessage()).isEqualTo("line 1, column 8: string"
                + " literal is never closed; add the closing '. A ' inside it is written '' or \\'. It starts: E'it\\'s");
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "SQLITE", "H2"})
    void namesAnUnclosedQuotedIdentifier(SqlDialect dialect) {
        assertThat(failure("\n  SELECT \"total FROM t;", dialect).getMessage()).isEqualTo("line 2, column 10:"
                + " quoted identifier is never closed; add the closing \". A \" inside it is written \"\"."
                + " It starts: \"total FROM t;");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB", "SQLITE", "H2"})
    void namesAnUnclosedBacktickIdentifier(SqlDialect dialect) {
        assertThat(failure("SELECT `total FROM t;", dialect).getMessage()).isEqualTo("line 1, column 8:"
                + " quoted identifier is never closed; add the closing `. A ` inside it is written ``."
                + " It starts: `total FROM t;");
    }

    @Test
    void namesAnUnclosedBracketIdentifier() {
        assertThat(failure("SELECT [total FROM t;", SQLITE).getMessage()).isEqualTo("line 1, column 8:"
                + " quoted identifier is never closed; add the closing ]. It starts: [total FROM t;");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB", "SQLITE"})
    void namesAnUnclosedBlockComment(SqlDialect dialect) {
        assertThat(failure("SELECT 1;\n/* disabled;\nSELECT 2;", dialect).getMessage()).isEqualTo(
                "line 2, column 1: block comment is never closed; add the closing */. It starts: /* disabled;");
    }

    @ParameterizedTest
    @EnumSource(names = {"POSTGRESQL", "H2"})
    void namesTheOuterBlockCommentWhenAnInnerOneIsClosedOnly(SqlDialect dialect) {
        String script = "SELECT 1;\n/* outer /* inner */ still a comment\nSELECT 2;";

        assertThat(failure(script, dialect).getMessage()).isEqualTo("line 2, column 1: block comment is never"
                + " closed; add the closing */. Block comments nest in " + dialect.displayName() + ", so each /*"
                + " inside it needs its own */. It starts: /* outer /* inner */ still a com...");
        assertThat(Split.texts(script, SQLITE)).containsExactly("SELECT 1", "still a comment\nSELECT 2");
    }

    @Test
    void namesAnUnclosedExecutableComment() {
        assertThat(failure("/*!50003 CREATE TRIGGER t", MYSQL).getMessage()).isEqualTo("line 1, column 1:"
                + " executable comment is never closed; add the closing */. It starts: /*!50003 CREATE TRIGGER t");
    }

    @Test
    void namesADollarQuoteWhoseClosingTagDiffers() {
        String script = "CREATE FUNCTION f() RETURNS int AS $body$\nBEGIN RETURN 1; END\n$BODY$ LANGUAGE plpgsql;";

        assertThat(failure(script, POSTGRESQL).getMessage()).isEqualTo("line 1, column 36: dollar-quoted string"
                + " is never closed; add the closing $body$, with the same tag as the opening one, case included."
                + " It starts: $body$");
    }

    @Test
    void namesAnUnclosedH2DollarQuote() {
        assertThat(failure("CREATE ALIAS f AS $$ String f() { return \"\"; }", H2).getMessage()).isEqualTo(
                "line 1, column 19: dollar-quoted string is never closed; add the closing $$, with the same tag as"
                        + " the opening one, case included. It starts: $$ String f() { return \"\"; }");
    }

    @Test
    void namesATriggerBodyWithoutEnd() {
        String script = "CREATE TRIGGER t AFTER INSERT ON x\nBEGIN\n  SELECT 1;\nSELECT 2;";

        assertThat(failure(script, SQLITE).getMessage()).isEqualTo("line 1, column 8: 'TRIGGER' has no matching"
                + " 'END', so the rest of the script would run as one statement; add the missing 'END'");
    }

    @ParameterizedTest
    @EnumSource(names = {"MYSQL", "MARIADB"})
    void namesTheOutermostBlockOfAProcedureWithoutEnd(SqlDialect dialect) {
        String script = "CREATE PROCEDURE p()\nbegin\n  CASE x WHEN 1 THEN SELECT 1; END;\n  SELECT 2;";

        assertThat(failure(script, dialect).getMessage()).isEqualTo("line 2, column 1: 'begin' has no matching"
                + " 'END', so the rest of the script would run as one statement; add the missing 'END'");
    }

    @Test
    void namesAnAnonymousBlockWithoutEnd() {
        assertThat(failure("SELECT 0;\nBEGIN NOT ATOMIC SELECT 1;", MARIADB).line()).isEqualTo(2);
    }

    @Test
    void namesABeginAtomicBodyWithoutEnd() {
        String script = "CREATE PROCEDURE p() LANGUAGE SQL\nBEGIN ATOMIC\n  INSERT INTO t VALUES (1);\n";

        assertThat(failure(script, POSTGRESQL).getMessage()).isEqualTo("line 2, column 1: 'BEGIN' has no matching"
                + " 'END', so the rest of the script would run as one statement; add the missing 'END'");
    }

    @Test
    void namesAPostgresParenthesisNeverClosed() {
        String script = "CREATE TABLE t (\n  id int;\nCREATE TABLE u (id int);";

        assertThat(failure(script, POSTGRESQL).getMessage()).isEqualTo("line 1, column 16: '(' has no matching"
                + " ')', so the rest of the script would run as one statement; add the missing ')'");
    }

    @Test
    void acceptsAnOpenBodyWhenACustomDelimiterEndsTheScript() {
        assertThat(Split.texts("DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1;", MYSQL))
                .containsExactly("CREATE PROCEDURE p() BEGIN SELECT 1;");
    }

    @Test
    void namesADelimiterLineWithoutDelimiter() {
        assertThat(failure("SELECT 1;\n  DELIMITER   \nSELECT 2;", MYSQL).getMessage()).isEqualTo(
                "line 2, column 3: DELIMITER needs the new delimiter on the same line, e.g. DELIMITER $$");
    }

    @Test
    void refusesADelimiterWithABackslash() {
        assertThat(failure("DELIMITER \\\\", MARIADB).getMessage()).isEqualTo("line 1, column 1: the delimiter"
                + " '\\\\' contains a backslash, which the mysql client refuses; choose another, e.g. $$ or //");
    }

    @Test
    void refusesTextAfterTheDelimiter() {
        assertThat(failure("DELIMITER $$ CREATE PROCEDURE p() BEGIN END$$", MYSQL).getMessage()).isEqualTo(
                "line 1, column 1: DELIMITER takes one delimiter, but the line continues after '$$' with"
                        + " 'CREATE PROCEDURE p() BEGIN END$$'; put the next statement on its own line");
    }
}
