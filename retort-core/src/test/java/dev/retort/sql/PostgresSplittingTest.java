package dev.retort.sql;

import static dev.retort.sql.SqlDialect.POSTGRESQL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSplittingTest {

    @Test
    void keepsPlpgsqlFunctionsAndTriggersInDollarQuotesWhole() {
        String script = """
                -- stamp rows on update
                CREATE TABLE account (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL,
                    updated_at timestamptz
                );

                CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
                BEGIN
                    NEW.updated_at := now();  -- stamp; always
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;

                CREATE TRIGGER account_touch BEFORE UPDATE ON account
                    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

                CREATE FUNCTION account_label(a account) RETURNS text
                LANGUAGE plpgsql STABLE AS $body$
                DECLARE
                    label text := '';
                BEGIN
                    IF a.name LIKE '%;%' THEN
                        label := replace(a.name, ';', ',');
                    ELSE
                        label := a.name;
                    END IF;
                    RETURN format($fmt$%s (#%s); $$ inside$fmt$, label, a.id);
                END
                $body$;
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                """
                CREATE TABLE account (
                    id bigserial PRIMARY KEY,
                    name text NOT NULL,
                    updated_at timestamptz
                )""",
                """
                CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
                BEGIN
                    NEW.updated_at := now();  -- stamp; always
                    RETURN NEW;
                END;
                $$ LANGUAGE plpgsql""",
                """
                CREATE TRIGGER account_touch BEFORE UPDATE ON account
                    FOR EACH ROW EXECUTE FUNCTION touch_updated_at()""",
                """
                CREATE FUNCTION account_label(a account) RETURNS text
                LANGUAGE plpgsql STABLE AS $body$
                DECLARE
                    label text := '';
                BEGIN
                    IF a.name LIKE '%;%' THEN
                        label := replace(a.name, ';', ',');
                    ELSE
                        label := a.name;
                    END IF;
                    RETURN format($fmt$%s (#%s); $$ inside$fmt$, label, a.id);
                END
                $body$""");
        assertThat(Split.places(script, POSTGRESQL)).containsExactly("2:1", "8:1", "15:1", "18:1");
    }

    @Test
    void keepsDoBlocksWhole() {
        String script = """
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
                        CREATE ROLE reporting;
                    END IF;
                END
                $$;
                DO LANGUAGE plpgsql $do$ BEGIN RAISE NOTICE 'done; really'; END $do$;
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                """
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
                        CREATE ROLE reporting;
                    END IF;
                END
                $$""",
                "DO LANGUAGE plpgsql $do$ BEGIN RAISE NOTICE 'done; really'; END $do$");
    }

    @Test
    void keepsSqlStandardBodiesWithBeginAtomicWhole() {
        String script = """
                CREATE FUNCTION add(a integer, b integer) RETURNS integer
                    LANGUAGE SQL
                    IMMUTABLE
                    RETURN a + b;

                CREATE OR REPLACE PROCEDURE insert_pair(a integer, b integer)
                LANGUAGE SQL
                BEGIN ATOMIC
                    INSERT INTO pairs VALUES (a, CASE WHEN b < 0 THEN 0 ELSE b END);
                    SELECT CASE WHEN a > b THEN 'a' ELSE 'b' END;
                    INSERT INTO pairs VALUES (b, a);
                END;

                CREATE FUNCTION pair_count() RETURNS bigint LANGUAGE SQL
                BEGIN ATOMIC SELECT count(*) FROM pairs; END;
                CREATE FUNCTION sign_of(a int) RETURNS int LANGUAGE SQL RETURN CASE WHEN a < 0 THEN -1 ELSE 1 END;
                CALL insert_pair(1, 2);
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                """
                CREATE FUNCTION add(a integer, b integer) RETURNS integer
                    LANGUAGE SQL
                    IMMUTABLE
                    RETURN a + b""",
                """
                CREATE OR REPLACE PROCEDURE insert_pair(a integer, b integer)
                LANGUAGE SQL
                BEGIN ATOMIC
                    INSERT INTO pairs VALUES (a, CASE WHEN b < 0 THEN 0 ELSE b END);
                    SELECT CASE WHEN a > b THEN 'a' ELSE 'b' END;
                    INSERT INTO pairs VALUES (b, a);
                END""",
                """
                CREATE FUNCTION pair_count() RETURNS bigint LANGUAGE SQL
                BEGIN ATOMIC SELECT count(*) FROM pairs; END""",
                "CREATE FUNCTION sign_of(a int) RETURNS int LANGUAGE SQL RETURN CASE WHEN a < 0 THEN -1 ELSE 1 END",
                "CALL insert_pair(1, 2)");
    }

    @Test
    void takesAColumnNamedBeginInsideAnAtomicBodyForAName() {
        String script = """
                CREATE TABLE kw (begin int, atomic int);
                CREATE FUNCTION kwf(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT kw.atomic FROM kw WHERE kw.begin = x;
                  SELECT begin FROM kw;
                END;
                SELECT 2;
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly("CREATE TABLE kw (begin int, atomic int)",
                """
                CREATE FUNCTION kwf(x int) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT kw.atomic FROM kw WHERE kw.begin = x;
                  SELECT begin FROM kw;
                END""", "SELECT 2");
    }

    @Test
    void takesAQualifiedColumnNamedEndOrCaseInsideAnAtomicBodyForAName() {
        String script = """
                CREATE TABLE period (id int, begin date, "end" date, "case" int);
                CREATE FUNCTION span(p period) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT p.end - p . /* the start */ begin + p.case + ("p").end + (p).end;
                  SELECT CASE WHEN p.id > 1 THEN 1 ELSE 2. END;
                END;
                SELECT 2;
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                "CREATE TABLE period (id int, begin date, \"end\" date, \"case\" int)",
                """
                CREATE FUNCTION span(p period) RETURNS int LANGUAGE sql
                BEGIN ATOMIC
                  SELECT p.end - p . /* the start */ begin + p.case + ("p").end + (p).end;
                  SELECT CASE WHEN p.id > 1 THEN 1 ELSE 2. END;
                END""", "SELECT 2");
    }

    @Test
    void treatsTransactionControlOutsideRoutinesAsPlainStatements() {
        String script = "BEGIN;\nCREATE TABLE t (id int);\nEND;\nBEGIN ISOLATION LEVEL SERIALIZABLE; COMMIT;";

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                "BEGIN", "CREATE TABLE t (id int)", "END", "BEGIN ISOLATION LEVEL SERIALIZABLE", "COMMIT");
    }

    @Test
    void nestsBlockComments() {
        String script = """
                /* the data /* nested; */ still a comment; */
                SELECT 1 /* inner /* deeper; */ ; */ + 1;
                SELECT 2;
                """;

        assertThat(Split.texts(script, POSTGRESQL))
                .containsExactly("SELECT 1 /* inner /* deeper; */ ; */ + 1", "SELECT 2");
    }

    @Test
    void readsBackslashEscapesOnlyInEscapeStrings() {
        String script = """
                INSERT INTO note VALUES (E'it\\'s; fine'), (e'back\\\\'), ('O''Brien; Ltd'), ('C:\\');
                SELECT U&'d\\0061t\\+000061;';
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                "INSERT INTO note VALUES (E'it\\'s; fine'), (e'back\\\\'), ('O''Brien; Ltd'), ('C:\\')",
                "SELECT U&'d\\0061t\\+000061;'");
    }

    @Test
    void tellsParametersAndIdentifiersWithDollarsFromDollarQuotes() {
        String script = "PREPARE q (int, text) AS SELECT $1, $2 FROM price$usd WHERE a$b$c = $1;\nSELECT 1";

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                "PREPARE q (int, text) AS SELECT $1, $2 FROM price$usd WHERE a$b$c = $1", "SELECT 1");
    }

    @Test
    void keepsQuotedIdentifiersWhole() {
        String script = "CREATE TABLE \"semi;colon\" (\"say \"\"hi\"\";\" text);\nSELECT 1";

        assertThat(Split.texts(script, POSTGRESQL))
                .containsExactly("CREATE TABLE \"semi;colon\" (\"say \"\"hi\"\";\" text)", "SELECT 1");
    }

    @Test
    void keepsSemicolonsInsideParenthesesAsPsqlDoes() {
        String script = """
                CREATE RULE log_insert AS ON INSERT TO account DO ALSO (
                    INSERT INTO log VALUES ('insert');
                    NOTIFY account_changed
                );
                SELECT 1;
                """;

        assertThat(Split.texts(script, POSTGRESQL)).containsExactly(
                """
                CREATE RULE log_insert AS ON INSERT TO account DO ALSO (
                    INSERT INTO log VALUES ('insert');
                    NOTIFY account_changed
                )""",
                "SELECT 1");
    }

    @Test
    void takesDoubleDashAsACommentEvenWithoutSpace() {
        assertThat(Split.texts("SELECT 5--1;\nSELECT 2", POSTGRESQL)).containsExactly("SELECT 5--1;\nSELECT 2");
    }
}
