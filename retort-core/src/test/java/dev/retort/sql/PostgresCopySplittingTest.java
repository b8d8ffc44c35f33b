package dev.retort.sql;

import static dev.retort.sql.SqlDialect.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PostgreSQL's COPY ... FROM STDIN, as pg_dump writes it: the lines up to "\." are its data, as written. */
class PostgresCopySplittingTest {

    @Test
    void keepsTheDataLinesOfACopyByteForByteAndSplitsOnAfterThem() {
        String data = "1\tx;y\n"
                + "2\t\\N\n"
                + "3\tback\\\\slash\\ttab -- not a comment\n"
                + "4\t$$ it's \"quoted\" $$; DROP TABLE t;\n";
        String script = "CREATE TABLE public.t (a integer, b text);\n"
                + "COPY public.t (a, b) FROM stdin;\n"
                + data
                + "\\.\n"
                + "\n"
                + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n";

        assertThat(SqlSplitter.split(script, POSTGRESQL)).containsExactly(
                new SqlStatement("CREATE TABLE public.t (a integer, b text)", 1, 1),
                new SqlStatement("COPY public.t (a, b) FROM stdin", 2, 1, Optional.of(data)),
                new SqlStatement("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", 9, 1));
    }

    @Test
    void readsEveryCopyOfASectionWithItsOwnData() {
        String script = "COPY a FROM stdin;\n1\n2\n\\.\nCOPY b (x) FROM STDIN;\n\\.\nCOPY c FROM Stdin;\n3\n\\.\n";

        assertThat(SqlSplitter.split(script, POSTGRESQL)).extracting(SqlStatement::sql, SqlStatement::line,
                statement -> statement.copyData().orElseThrow()).containsExactly(
                        tuple("COPY a FROM stdin", 1, "1\n2\n"),
                        tuple("COPY b (x) FROM STDIN", 5, ""),
                        tuple("COPY c FROM Stdin", 7, "3\n"));
    }

    @Test
    void acceptsOptionsTheOldCsvFormAndAnyLayout() {
        String script = """
                copy  public.t
                  ( a, b )
                  from   STDIN   with (format csv, delimiter ';');
                1;"a;b"
                \\.
                COPY t FROM stdin WITH CSV HEADER; -- old form
                a,b
                1,"x
                \\.
                SELECT 1;
                """;

        List<SqlStatement> statements = SqlSplitter.split(script, POSTGRESQL);

        assertThat(statements).extracting(SqlStatement::sql).containsExactly(
                "copy  public.t\n  ( a, b )\n  from   STDIN   with (format csv, delimiter ';')",
                "COPY t FROM stdin WITH CSV HEADER",
                "SELECT 1");
        assertThat(statements).extracting(SqlStatement::copyData)
                .containsExactly(Optional.of("1;\"a;b\"\n"), Optional.of("a,b\n1,\"x\n"), Optional.empty());
        assertThat(statements.get(2).line()).isEqualTo(10);
    }

    @Test
    void keepsCarriageReturnsOfTheDataAndEndsAtACrlfEndLine() {
        String script = "COPY t FROM stdin;\r\n1\tx\r\n\\.\r\nSELECT 2;";

        assertThat(SqlSplitter.split(script, POSTGRESQL)).containsExactly(
                new SqlStatement("COPY t FROM stdin", 1, 1, Optional.of("1\tx\r\n")),
                new SqlStatement("SELECT 2", 4, 1));
    }

    @Test
    void treatsCopiesToOrFromElsewhereAsOrdinaryStatements() {
        String script = """
                COPY t TO '/tmp/t.dat';
                COPY (SELECT 1 FROM stdin) TO PROGRAM 'cat';
                COPY t FROM '/tmp/t.dat';
                COPY t FROM PROGRAM 'cat /tmp/t.dat';
                SELECT 'COPY t FROM stdin;';
                SELECT 2;
                """;

        assertThat(SqlSplitter.split(script, POSTGRESQL)).extracting(SqlStatement::sql, SqlStatement::copyData)
                .containsExactly(
                        tuple("COPY t TO '/tmp/t.dat'", Optional.empty()),
                        tuple("COPY (SELECT 1 FROM stdin) TO PROGRAM 'cat'", Optional.empty()),
                        tuple("COPY t FROM '/tmp/t.dat'", Optional.empty()),
                        tuple("COPY t FROM PROGRAM 'cat /tmp/t.dat'", Optional.empty()),
                        tuple("SELECT 'COPY t FROM stdin;'", Optional.empty()),
                        tuple("SELECT 2", Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(names = {"SQLITE", "H2"}) // MySQL and MariaDB refuse the \. line: their client's command
    void otherDialectsSeeACopyAsAStatementAndItsDataAsSql(SqlDialect dialect) {
        String script = "COPY t FROM stdin;\n1;2\n\\.\n";

        assertThat(Split.texts(script, dialect)).containsExactly("COPY t FROM stdin", "1", "2\n\\.");
        assertThat(SqlSplitter.split(script, dialect)).allMatch(statement -> statement.copyData().isEmpty());
    }

    @Test
    void namesTheCopyWhoseDataHasNoEndLine() {
        String script = "CREATE TABLE t (a int);\n\n  COPY t (a) FROM stdin;\n1\n2\n\\. \nSELECT 1;\n";

        SqlSyntaxException failure = catchThrowableOfType(SqlSyntaxException.class,
                () -> SqlSplitter.split(script, POSTGRESQL, 10));

        assertThat(failure.line()).isEqualTo(12);
        assertThat(failure.column()).isEqualTo(3);
        assertThat(failure.getMessage()).isEqualTo("line 12, column 3: COPY ... FROM STDIN data is never closed;"
                + " add a line that is exactly \\. after its last row, as pg_dump writes it."
                + " It starts: COPY t (a) FROM stdin;");
    }

    @Test
    void refusesAStatementOnTheLineOfTheCopy() {
        SqlSyntaxException failure = catchThrowableOfType(SqlSyntaxException.class,
                () -> SqlSplitter.split("SELECT 1;\nCOPY t FROM stdin; SELECT 2;\n1\n\\.\n", POSTGRESQL));

        assertThat(failure.getMessage()).isEqualTo("line 2, column 1: COPY ... FROM STDIN reads its rows from the"
                + " lines after it, but its line goes on after the ';'; put what follows on a line after the"
                + " closing \\. line. The line goes on: SELECT 2;");
    }

    @Test
    void refusesACopyToTheClientBeforeAnythingRuns() {
        String script = "CREATE TABLE t (a int);\n-- keep a copy\ncopy (SELECT a FROM t WHERE a > 0) to Stdout"
                + " WITH (FORMAT csv);\nDROP TABLE t;\n";

        SqlSyntaxException failure = catchThrowableOfType(SqlSyntaxException.class,
                () -> SqlSplitter.split(script, POSTGRESQL));

        assertThat(failure.line()).isEqualTo(3);
        assertThat(failure.getMessage()).startsWith("line 3, column 1: COPY ... TO STDOUT sends the rows to the client");
    }

    @Test
    void keepsACopyToAFileOrFromAQueryThatNamesStdoutAsAnOrdinaryStatement() {
        String script = "COPY t TO '/tmp/t.csv';\nCOPY (SELECT 'to stdout' AS stdout) TO PROGRAM 'cat > /dev/null';\n";

        assertThat(SqlSplitter.split(script, POSTGRESQL)).extracting(SqlStatement::sql).containsExactly(
                "COPY t TO '/tmp/t.csv'", "COPY (SELECT 'to stdout' AS stdout) TO PROGRAM 'cat > /dev/null'");
    }
}
