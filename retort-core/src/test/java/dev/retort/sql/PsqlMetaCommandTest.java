package dev.retort.sql;

import static dev.retort.sql.SqlDialect.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * psql's backslash commands in a PostgreSQL script are refused by name, before anything is split out to run, except
 * pg_dump's {@code \restrict} lines.
 */
class PsqlMetaCommandTest {

    /** Only psql reads them, to refuse the meta-commands between them, which retort refuses everywhere. */
    @Test
    void theRestrictLinesOfAPgDumpAreLeftOut() {
        String script = "--\n-- PostgreSQL database dump\n--\n\n\\restrict Kx7gTQ2\n\n"
                + "SET statement_timeout = 0;\nCREATE TABLE public.t (id integer);\n\n\\unrestrict Kx7gTQ2\n";

        assertThat(SqlSplitter.split(script, POSTGRESQL, 20)).containsExactly(
                new SqlStatement("SET statement_timeout = 0", 26, 1),
                new SqlStatement("CREATE TABLE public.t (id integer)", 27, 1));
    }

    @Test
    void aRestrictInsideAStatementIsRefused() {
        String script = "CREATE TABLE t (id integer)\n\\restrict Kx7gTQ2\n;\n";

        assertThat(catchThrowableOfType(() -> SqlSplitter.split(script, POSTGRESQL), SqlSyntaxException.class)
                .getMessage()).startsWith("line 2, column 1: \\restrict Kx7gTQ2 is a psql meta-command")
                .contains("delete it");
    }

    @Test
    void aMetaCommandAfterAStatementIsRefusedOnItsOwnLine() {
        String script = "CREATE TABLE t (id integer);\n  \\connect other\nCREATE TABLE u (id integer);\n";

        SqlSyntaxException refused = catchThrowableOfType(() -> SqlSplitter.split(script, POSTGRESQL),
                SqlSyntaxException.class);

        assertThat(refused.getMessage()).startsWith("line 2, column 3: \\connect other is a psql meta-command");
        assertThat(catchThrowableOfType(() -> SqlSplitter.split("SELECT 1;\n\\.\n", POSTGRESQL),
                SqlSyntaxException.class).problem()).as("an end of data with no COPY before it")
                .startsWith("\\. is a psql meta-command");
    }

    @Test
    void backslashesInsideQuotesAndCopyDataAreLeftAlone() {
        String script = "SELECT E'\\\\n', '\\\\', $$\n\\set x$$;\n"
                + "COPY t FROM stdin;\n\\N\n\\.\n";

        assertThat(SqlSplitter.split(script, POSTGRESQL)).extracting(SqlStatement::sql).containsExactly(
                "SELECT E'\\\\n', '\\\\', $$\n\\set x$$", "COPY t FROM stdin");
    }

    @Test
    void aMetaCommandThatEndsAStatementIsRefusedToo() {
        String script = "SELECT format('CREATE INDEX ON %I (id)', tablename)\n  FROM pg_tables\n\\gexec\n";

        assertThat(catchThrowableOfType(() -> SqlSplitter.split(script, POSTGRESQL), SqlSyntaxException.class)
                .getMessage()).startsWith("line 3, column 1: \\gexec is a psql meta-command");
    }

    @Test
    void aMetaCommandAfterAQueryOnItsLineIsRefused() {
        String script = "SELECT 1 AS x \\gset\nSELECT 2;\n";

        SqlSyntaxException refused = catchThrowableOfType(() -> SqlSplitter.split(script, POSTGRESQL),
                SqlSyntaxException.class);

        assertThat(refused.getMessage()).startsWith("line 1, column 15: \\gset is a psql meta-command")
                .contains("delete it");
    }

    @Test
    void otherDialectsSendABackslashLineToTheServerAsWritten() {
        assertThat(SqlSplitter.split("\\x\nSELECT 1;\n", SqlDialect.SQLITE)).extracting(SqlStatement::sql)
                .containsExactly("\\x\nSELECT 1");
    }

    @Test
    void aPsqlVariableIsRefusedByNameWhileCastsAndQuotedOnesAreLeftAlone() {
        SqlSyntaxException refused = catchThrowableOfType(() -> SqlSplitter.split(
                "INSERT INTO pv VALUES (:'tenant');\n", POSTGRESQL), SqlSyntaxException.class);

        assertThat(refused.getMessage()).startsWith("line 1, column 24: :'tenant' is a psql variable")
                .contains("write the value in its place");
        assertThat(catchThrowableOfType(() -> SqlSplitter.split("SELECT * FROM :\"schema\".t;", POSTGRESQL),
                SqlSyntaxException.class).problem()).startsWith(":\"schema\" is a psql variable");
        assertThat(SqlSplitter.split("SELECT 'a'::\"MyType\", ':''x''', $$:'y'$$; -- :'z'\n", POSTGRESQL))
                .extracting(SqlStatement::sql).containsExactly("SELECT 'a'::\"MyType\", ':''x''', $$:'y'$$");
        assertThat(SqlSplitter.split("SELECT (ARRAY[1, 2, 3])[1:'2'], a[1:\"b\"]; SELECT :'a b';", POSTGRESQL))
                .as("slices, and a name psql does not take for a variable").hasSize(2);
    }
}
