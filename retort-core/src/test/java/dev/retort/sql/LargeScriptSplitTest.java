package dev.retort.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ten-megabyte scripts split correctly, in one pass and without running out of stack. Speed itself is
 * measured by benchmarks, not asserted here.
 */
class LargeScriptSplitTest {
    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    @Test
    void splitsTenMegabytesOfMixedPostgresStatements() {
        String block = """
                -- a row; with comments
                INSERT INTO account (id, name, note) VALUES (1, 'O''Brien; Ltd', E'line\\nbreak; \\'q\\'');
                /* a /* nested */ comment; */
                CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;
                CREATE PROCEDURE p() LANGUAGE SQL BEGIN ATOMIC INSERT INTO t VALUES (1); END;
                """;
        String script = block.repeat(TEN_MEGABYTES / block.length() + 1);

        List<SqlStatement> statements = SqlSplitter.split(script, SqlDialect.POSTGRESQL);

        assertThat(statements).hasSize(3 * (TEN_MEGABYTES / block.length() + 1));
    }

    @Test
    void splitsTenMegabytesOfMysqlPrograms() {
        String block = "CREATE PROCEDURE p() BEGIN IF a THEN SELECT 'x;\\'y'; END IF; END;\n"
                + "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END$$\n"
                + "DELIMITER ;\n# comment; here\nSELECT `a;b` FROM t;\n";
        String script = block.repeat(TEN_MEGABYTES / block.length() + 1);

        List<SqlStatement> statements = SqlSplitter.split(script, SqlDialect.MYSQL);

        assertThat(statements).hasSize(3 * (TEN_MEGABYTES / block.length() + 1));
    }

    @Test
    void splitsAOneLineStatementOfTenMegabytes() {
        String script = "INSERT INTO t VALUES " + "(1, 'a;b', \"c\"), ".repeat(TEN_MEGABYTES / 18) + "(0, '', \"\")";

        List<SqlStatement> statements = SqlSplitter.split(script + ";\nSELECT 1", SqlDialect.SQLITE);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 2);
    }

    @Test
    void failsQuicklyOnAStringLeftOpenAtTheEndOfTenMegabytes() {
        String script = "SELECT 'a;b' FROM t;\n".repeat(TEN_MEGABYTES / 21) + "SELECT 'open";

        Throwable failure = catchThrowable(() -> SqlSplitter.split(script, SqlDialect.H2));

        assertThat(failure).isInstanceOf(SqlSyntaxException.class)
                .hasMessageStartingWith("line " + (TEN_MEGABYTES / 21 + 1) + ", column 8: string literal");
    }
}
