package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.command.MigrationCommands;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL revisions holding a pg_dump-style {@code COPY ... FROM STDIN} block: run through the driver's COPY
 * API on the real server, inside the revision's transaction, and written back out for psql by {@code --sql}.
 *
 * <pre>
 * c0a000000001 create kept table (base)
 *  └ c0a000000002 import rows (a COPY block), or, in the failing case, one whose data is bad
 * </pre>
 */
class PostgresCopyTest {
    private static final String BASE = "c0a000000001";
    private static final String IMPORT = "c0a000000002";
    private static final String IMPORT_UPGRADE = """
            CREATE TABLE imported (id integer NOT NULL, note text);
            COPY imported (id, note) FROM stdin;
            1\tsemi;colon
            2\t\\N
            3\ttab\\there -- not a comment; 'quoted' $$ too
            \\.

            CREATE INDEX ix_imported_note ON imported (note);
            """;

    @TempDir
    Path dir;

    private SampleEnvironment environment(String url, String importUpgrade) {
        SampleEnvironment env = new SampleEnvironment(dir);
        env.write("retort.toml", "[retort]\nscript_location = \"migrations\"\nversion_table = \"alembic_version\"\n"
                + "url = \"" + url + "\"\n");
        env.revision("migrations/versions", BASE, "create kept table", "", "", "",
                "CREATE TABLE kept (id integer);\n", "DROP TABLE kept;\n");
        env.revision("migrations/versions", IMPORT, "import rows", BASE, "", "", importUpgrade,
                "DROP TABLE imported;\n");
        return env;
    }

    private MigrationCommands commands(String url, String importUpgrade) {
        return new MigrationCommands(environment(url, importUpgrade).catalog(), MigrationLoader.NONE,
                MigrationListener.SILENT);
    }

    @Test
    void upgradeCopiesTheRowsAndDowngradeDropsThem() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database.url(), IMPORT_UPGRADE);

            commands.upgrade("head", Optional.empty());

            assertThat(database.query("SELECT id || '|' || coalesce(note, '<null>') FROM imported ORDER BY id"))
                    .containsExactly("1|semi;colon", "2|<null>", "3|tab\there -- not a comment; 'quoted' $$ too");
            assertThat(database.indexes("imported")).contains("ix_imported_note");
            assertThat(database.versionRows("alembic_version")).containsExactly(IMPORT);

            commands.downgrade(BASE, Optional.empty());

            assertThat(database.tables()).contains("kept").doesNotContain("imported");
            assertThat(database.versionRows("alembic_version")).containsExactly(BASE);
        }
    }

    @Test
    void badDataFailsAtTheCopysLineAndRollsTheRevisionBack() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            MigrationCommands commands = commands(database.url(),
                    "CREATE TABLE imported (id integer NOT NULL, note text);\n"
                            + "COPY imported (id, note) FROM stdin;\n1\tfine\nnot-a-number\tbad\n\\.\n");
            commands.upgrade(BASE, Optional.empty());

            StatementFailedException failure = catchThrowableOfType(StatementFailedException.class,
                    () -> commands.upgrade("head", Optional.empty()));

            assertThat(failure.revision()).isEqualTo(IMPORT);
            assertThat(failure.location()).endsWith(IMPORT + "_import_rows.sql:9");
            assertThat(failure.databaseMessage()).contains("invalid input syntax for type integer")
                    .contains("not-a-number");
            assertThat(failure.getMessage()).contains("_import_rows.sql:9").contains("was rolled back");
            assertThat(database.tables()).containsExactly("alembic_version", "kept");
            assertThat(database.versionRows("alembic_version")).containsExactly(BASE);
        }
    }

    @Test
    void theSinkReturnsTheNumberOfRowsCopied() throws Exception {
        try (TestDatabase database = TestDatabase.create("postgresql", dir);
                Connection connection = database.connect()) {
            JdbcSink sink = new JdbcSink(connection);
            sink.execute(BoundSql.of("CREATE TABLE counted (id integer)"));

            assertThat(sink.copyIn("COPY counted FROM STDIN", "1\n2\n3\n")).isEqualTo(3);
            assertThat(sink.copyIn("COPY counted FROM STDIN", "")).isZero();
        }
    }

    @Test
    void offlineScriptWritesTheCopyItsDataAndTheEndLineForPsql() {
        StringBuilder script = new StringBuilder();

        commands("postgresql://u@localhost/db", IMPORT_UPGRADE).upgradeSql("head", Optional.empty(), script);

        assertThat(script.toString()).contains("CREATE TABLE imported (id integer NOT NULL, note text);\n\n"
                + "COPY imported (id, note) FROM stdin;\n"
                + "1\tsemi;colon\n"
                + "2\t\\N\n"
                + "3\ttab\\there -- not a comment; 'quoted' $$ too\n"
                + "\\.\n\n"
                + "CREATE INDEX ix_imported_note ON imported (note);\n\n");
    }

    /** psql refuses an end line whose line break differs from the rows' ("end-of-copy marker does not match"). */
    @Test
    void offlineScriptEndsTheDataAsARevisionWithWindowsLineEndingsEndsItsRows() {
        StringBuilder script = new StringBuilder();

        commands("postgresql://u@localhost/db", IMPORT_UPGRADE.replace("\n", "\r\n"))
                .upgradeSql("head", Optional.empty(), script);

        assertThat(script.toString()).contains("COPY imported (id, note) FROM stdin;\n"
                + "1\tsemi;colon\r\n"
                + "2\t\\N\r\n"
                + "3\ttab\\there -- not a comment; 'quoted' $$ too\r\n"
                + "\\.\r\n\n");
    }
}
