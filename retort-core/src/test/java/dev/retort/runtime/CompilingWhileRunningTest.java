package dev.retort.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.api.Migration;
import dev.retort.command.MigrationCommands;
import dev.retort.compile.CompilingMigrations;
import dev.retort.compile.RevisionCompileException;
import dev.retort.compile.RevisionCompiler;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On PostgreSQL, whose schema changes roll back, a run starts while javac still compiles its revisions; whatever
 * the timing, the revisions run in order, and one that does not compile leaves nothing of the run behind, whether
 * the run commits once, after each revision or around an autocommit block. Where schema changes commit by
 * themselves, and on SQLite, in the process, every revision compiles before the first runs.
 */
class CompilingWhileRunningTest {
    private static final int REVISIONS = 12;

    @TempDir
    Path dir;

    private SampleEnvironment env;

    private static String id(int n) {
        return "cccc%08d".formatted(n);
    }

    /** Revision n creates table t_n and notes n in table log; even ones are compiled by javac. */
    private void revisions(int broken, String extraUpgrade) {
        for (int n = 1; n <= REVISIONS; n++) {
            String calls = (n == 1 ? "op.createTable(\"log\", column(\"n\", INTEGER));\n" : "")
                    + "op.createTable(\"t_" + n + "\", column(\"id\", INTEGER).primaryKey());\n"
                    + "op.execute(\"INSERT INTO log (n) VALUES (" + n + ")\");\n";
            String body = n % 2 == 0 ? "for (int i = 0; i < 1; i++) {\n" + calls + "}\n" : calls;
            if (n == broken) {
                body += "int wrong = \"text\";\n";
            }
            if (n == 4) {
                body += extraUpgrade;
            }
            env.write("m/versions/" + id(n) + "_step.java", """
                    import static dev.retort.api.Schema.*;

                    import dev.retort.api.Migration;
                    import dev.retort.api.Operations;
                    import dev.retort.api.Revision;

                    @Revision(id = "%s", revises = {%s}, message = "step", createDate = "2026-12-06 00:00:00.000000")
                    class Step_%1$s implements Migration {
                        @Override
                        public void upgrade(Operations op) {
                            %s
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropTable("t_%d");
                        }
                    }
                    """.formatted(id(n), n == 1 ? "" : "\"" + id(n - 1) + "\"", body, n));
        }
    }

    /** Loads revisions as the command line does, noting whether javac ran while the run went on. */
    private MigrationCommands commands(TestDatabase database, String extraConfig, List<String> loads) {
        env.write("retort.toml", "[retort]\nscript_location = \"m\"\nurl = \"" + database.url() + "\"\n" + extraConfig);
        RevisionCompiler compiler = new RevisionCompiler(dir.resolve("m").resolve(RevisionCompiler.CACHE_FOLDER));
        MigrationLoader loader = new MigrationLoader() {
            @Override
            public Map<String, Migration> load(List<RevisionScript> scripts) {
                loads.add("before the run");
                return compiler.loadWithoutCompilingPlain(scripts);
            }

            @Override
            public CompilingMigrations loadCompilingInBackground(List<RevisionScript> scripts) {
                loads.add("while running");
                return compiler.loadCompilingInBackground(scripts);
            }
        };
        return new MigrationCommands(env.catalog(), loader, MigrationListener.SILENT);
    }

    @Test
    void revisionsCompiledWhileTheRunGoesOnAreAppliedInTheirOrder() throws Exception {
        env = new SampleEnvironment(dir);
        revisions(0, "");
        try (TestDatabase database = TestDatabase.create("postgresql", dir)) {
            List<String> loads = new ArrayList<>();

            commands(database, "", loads).upgrade("head", Optional.empty());

            assertThat(loads).containsExactly("while running");
            assertThat(database.query("SELECT n FROM log")).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, REVISIONS).mapToObj(String::valueOf).toList());
            assertThat(database.versionRows("retort_version")).containsExactly(id(REVISIONS));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "transaction_per_migration = true\n"})
    void aRevisionThatDoesNotCompileLeavesNothingOfTheRunOnPostgres(String extraConfig) throws Exception {
        assertNothingOfTheRunStays("postgresql", extraConfig, "", "while running");
    }

    @Test
    void aRevisionThatDoesNotCompileLeavesNothingBehindAnAutocommitBlockBeforeIt() throws Exception {
        assertNothingOfTheRunStays("postgresql", "", "op.autocommitBlock(() -> op.execute(\"INSERT INTO log (n) VALUES (0)\"));\n",
                "while running");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2", "sqlite"})
    void whereSchemaChangesCommitByThemselvesAndOnSqliteEveryRevisionCompilesBeforeTheFirstRuns(String kind)
            throws Exception {
        assertNothingOfTheRunStays(kind, "", "", "before the run");
    }

    private void assertNothingOfTheRunStays(String kind, String extraConfig, String extraUpgrade, String load)
            throws Exception {
        env = new SampleEnvironment(dir);
        revisions(REVISIONS - 1, extraUpgrade);
        try (TestDatabase database = TestDatabase.create(kind, dir)) {
            List<String> loads = new ArrayList<>();

            RuntimeException failure = catchThrowableOfType(RuntimeException.class,
                    () -> commands(database, extraConfig, loads).upgrade("head", Optional.empty()));

            assertThat(loads).containsExactly(load);
            RevisionCompileException compileErrors = load.equals("while running")
                    ? (RevisionCompileException) failure.getCause() : (RevisionCompileException) failure;
            assertThat(compileErrors.getMessage()).contains(id(REVISIONS - 1) + "_step.java:");
            assertThat(failure.getMessage()).startsWith(compileErrors.getMessage());
            if (load.equals("while running")) {
                assertThat(failure.getMessage()).endsWith("\nNothing of this run was applied: it was rolled back.");
            }
            assertThat(database.tables()).isEmpty();
        }
    }
}
