package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules every dialect shares. */
class SplittingRulesTest {

    @ParameterizedTest
    @EnumSource
    void ignoresSemicolonsInStringsAndComments(SqlDialect dialect) {
        String script = """
                INSERT INTO t VALUES ('a;b', 'it''s; ok'); -- trailing; comment
                /* leading; comment */ SELECT 1 /* inner; */ FROM t -- inner; too
                  WHERE x = ';';
                """;

        assertThat(Split.texts(script, dialect)).containsExactly(
                "INSERT INTO t VALUES ('a;b', 'it''s; ok')",
                "SELECT 1 /* inner; */ FROM t -- inner; too\n  WHERE x = ';'");
    }

    @ParameterizedTest
    @EnumSource
    void takesTheLastStatementWithoutATerminator(SqlDialect dialect) {
        assertThat(Split.texts("SELECT 1;\nSELECT 2\n", dialect)).containsExactly("SELECT 1", "SELECT 2");
        assertThat(Split.texts("SELECT 1;\nSELECT 2 -- no terminator", dialect)).containsExactly("SELECT 1", "SELECT 2");
    }

    @ParameterizedTest
    @EnumSource
    void dropsEmptyAndCommentOnlyStatements(SqlDialect dialect) {
        String script = ";;\n-- only a comment;\n/* only; a comment */;\n  ;\nSELECT 1;;\n-- the end\n";

        assertThat(Split.texts(script, dialect)).containsExactly("SELECT 1");
        assertThat(Split.texts("", dialect)).isEmpty();
        assertThat(Split.texts(" \n\t-- nothing\n", dialect)).isEmpty();
    }

    /** As psql and H2 read them; the mysql client and the sqlite3 shell drop the carriage returns. */
    @ParameterizedTest
    @EnumSource
    void keepsCrlfLineBreaksAsTheClientReadsThemAndCountsThemOnce(SqlDialect dialect) {
        String script = "-- header\r\nSELECT 1;\r\n\r\nINSERT INTO t\r\nVALUES ('a\r\nb');\r\n  SELECT 3\r\n";
        String lineEnd = dialect == SqlDialect.MYSQL || dialect == SqlDialect.MARIADB || dialect == SqlDialect.SQLITE
                ? "\n" : "\r\n";

        assertThat(SqlSplitter.split(script, dialect)).containsExactly(
                new SqlStatement("SELECT 1", 2, 1),
                new SqlStatement("INSERT INTO t" + lineEnd + "VALUES ('a" + lineEnd + "b')", 4, 1),
                new SqlStatement("SELECT 3", 7, 3));
    }

    @ParameterizedTest
    @EnumSource
    void countsLoneCarriageReturnsAsLineBreaks(SqlDialect dialect) {
        assertThat(Split.places("SELECT 1;\rSELECT 2;\r\rSELECT 3", dialect)).containsExactly("1:1", "2:1", "4:1");
    }

    // Columns count characters: the emoji, two UTF-16 units, is one column.
    @ParameterizedTest
    @EnumSource
    void placesEachStatementAtItsFirstToken(SqlDialect dialect) {
        String script = "  SELECT 1;  SELECT 2;\n\n\t/* note */ SELECT 3;\n-- x\n   SELECT 'ü😀'; SELECT 5";

        assertThat(Split.places(script, dialect)).containsExactly("1:3", "1:14", "3:13", "5:4", "5:17");
    }

    @ParameterizedTest
    @EnumSource
    void countsLinesFromTheFirstLineItIsGiven(SqlDialect dialect) {
        List<SqlStatement> statements = SqlSplitter.split("\nSELECT 1;\n  SELECT 2", dialect, 12);

        assertThat(statements).containsExactly(new SqlStatement("SELECT 1", 13, 1), new SqlStatement("SELECT 2", 14, 3));
        assertThatThrownBy(() -> SqlSplitter.split("SELECT\n'x", dialect, 40))
                .isInstanceOfSatisfying(SqlSyntaxException.class, e -> assertThat(e.line()).isEqualTo(41));
    }

    @ParameterizedTest
    @EnumSource
    void ignoresAByteOrderMark(SqlDialect dialect) {
        assertThat(SqlSplitter.split("\uFEFFSELECT 1", dialect)).containsExactly(new SqlStatement("SELECT 1", 1, 2));
    }

    @ParameterizedTest
    @EnumSource
    void refusesAFirstLineBelowOne(SqlDialect dialect) {
        assertThatThrownBy(() -> SqlSplitter.split("SELECT 1", dialect, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstLine starts at 1: 0");
    }
}
