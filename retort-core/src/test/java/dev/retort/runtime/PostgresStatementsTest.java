package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL revisions as real projects write them: function bodies that hold semicolons run as whole
 * statements, and a pg_dump that empties the search path does not lose the version table.
 */
class PostgresStatementsTest {

    @TempDir
    Path dir;

    @Test
    void dollarQuotedBodiesAreNotSplit() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(false);
            env.write("migrations/versions/dddd00000001_function.sql", """
                    -- a function
                    --
                    -- Revision ID: dddd00000001
                    -- Revises: 5a3c2d1e0f9b
                    -- Create Date: 2026-11-22 10:00:00

                    -- retort:upgrade
                    CREATE FUNCTION account_count() RETURNS bigint AS $body$
                    DECLARE n bigint;
                    BEGIN
                        SELECT count(*) INTO n FROM account; -- a comment; with a semicolon
                        RETURN n;
                    END;
                    $body$ LANGUAGE plpgsql;
                    INSERT INTO settings (name, setting_value) VALUES ('count', 'it''s; fine');

                    -- retort:downgrade
                    DELETE FROM settings WHERE name = 'count';
                    DROP FUNCTION account_count();
                    """);
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);
            commands.upgrade("heads", Optional.empty());
            assertThat(database.query("SELECT account_count()")).containsExactly("1");
            assertThat(database.query("SELECT setting_value FROM settings")).containsExactly("it's; fine");
            commands.downgrade("base", Optional.empty());
            assertThat(database.tables()).containsExactly("alembic_version");
        }
    }

    @Test
    void aRevisionThatEmptiesTheSearchPathAsPgDumpDoesLeavesTheVersionTableFound() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            SampleEnvironment env = SampleEnvironment.create(dir, database.url(), "").forMySql(false);
            env.write("migrations/versions/dddd00000001_dump.sql", """
                    -- a schema from pg_dump
                    --
                    -- Revision ID: dddd00000001
                    -- Revises: 5a3c2d1e0f9b
                    -- Create Date: 2026-12-06 10:00:00

                    -- retort:upgrade
                    SET statement_timeout = 0;
                    SELECT pg_catalog.set_config('search_path', '', false);
                    CREATE TABLE public.dumped (id integer NOT NULL);

                    -- retort:downgrade
                    DROP TABLE public.dumped;
                    """);
            env.write("migrations/versions/dddd00000002_after.sql", """
                    -- after the dump
                    --
                    -- Revision ID: dddd00000002
                    -- Revises: dddd00000001
                    -- Create Date: 2026-12-06 10:00:01

                    -- retort:upgrade
                    CREATE TABLE public.later (id integer NOT NULL);

                    -- retort:downgrade
                    DROP TABLE public.later;
                    """);
            MigrationCommands commands = new MigrationCommands(env.catalog(), MigrationLoader.NONE,
                    MigrationListener.SILENT);

            commands.upgrade("dddd00000002", Optional.empty());

            assertThat(database.versionRows("alembic_version")).containsExactly("dddd00000002");
            assertThat(database.tables()).contains("dumped", "later");
            commands.downgrade("5a3c2d1e0f9b", Optional.empty());
            assertThat(database.versionRows("alembic_version")).containsExactly("5a3c2d1e0f9b");
            assertThat(database.tables()).doesNotContain("dumped", "later");
        }
    }
}
