package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** upgrade, downgrade, stamp, current and history -i as a user runs them, on real databases. */
class MigrationCliIT {

    @TempDir
    Path root;

    /**
     * <pre>
     * a1 create run_log ── a2 ── a3 (head)
     * b1 (second base, label other, depends on a1)
     * </pre>
     * Every revision logs itself in run_log, so a revision run twice shows up as two rows.
     */
    private RetortProcess environment(String url) throws IOException {
        root = root.toRealPath();
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url + "\"\nlock_timeout = 120\n");
        revision("aaaa00000001", "", "", "", "create run log",
                "CREATE TABLE run_log (rev VARCHAR(32) NOT NULL);\nINSERT INTO run_log (rev) VALUES ('a1');",
                "DROP TABLE run_log;");
        revision("aaaa00000002", "aaaa00000001", "", "", "second",
                "INSERT INTO run_log (rev) VALUES ('a2');\nCREATE TABLE second_table (id INTEGER);",
                "DROP TABLE second_table;\nDELETE FROM run_log WHERE rev = 'a2';");
        revision("aaaa00000003", "aaaa00000002", "", "", "third",
                "INSERT INTO run_log (rev) VALUES ('a3');", "DELETE FROM run_log WHERE rev = 'a3';");
        revision("bbbb00000001", "", "other", "aaaa00000001", "other line",
                "INSERT INTO run_log (rev) VALUES ('b1');", "DELETE FROM run_log WHERE rev = 'b1';");
        return new RetortProcess(root);
    }

    private void revision(String id, String revises, String label, String dependsOn, String message,
            String upgrade, String downgrade) throws IOException {
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve(id + ".sql"), "-- " + message + "\n--\n-- Revision ID: " + id
                + "\n-- Revises: " + revises + "\n"
                + (label.isEmpty() ? "" : "-- Branch labels: " + label + "\n")
                + (dependsOn.isEmpty() ? "" : "-- Depends on: " + dependsOn + "\n")
                + "-- Create Date: 2026-11-22 10:00:00.000000\n\n-- retort:upgrade\n" + upgrade
                + "\n\n-- retort:downgrade\n" + downgrade + "\n");
    }

    private static RetortProcess.Run ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }

    @Test
    void downgradeMinusOneFromSeveralCurrentRevisionsWarnsThatItIsAmbiguous() throws IOException {
        RetortProcess retort = environment("sqlite:///app.db");
        ok(retort.run("upgrade", "aaaa00000002"));
        assertThat(ok(retort.run("downgrade", "-1")).stderr()).as("one current revision").doesNotContain("WARNING");

        ok(retort.run("upgrade", "heads"));
        RetortProcess.Run down = ok(retort.run("-q", "downgrade", "-1"));

        assertThat(down.stderr()).startsWith("WARNING: downgrade -1 from several current revisions (")
                .contains(") is ambiguous: it steps down from ").contains("name the branch ('<branchname>@-1')");
    }

    /** As Python under the C locale (its UTF-8 mode) and Alembic's output_encoding: text out of ASCII is kept. */
    @Test
    void underTheCLocaleTheScriptAndTheMessagesAreWrittenInUtf8() throws IOException {
        environment("sqlite:///app.db");
        revision("cccc00000001", "aaaa00000003", "", "", "crème brûlée",
                "INSERT INTO run_log (rev) VALUES ('café €');", "DELETE FROM run_log WHERE rev = 'café €';");
        RetortProcess cLocale = new RetortProcess(root, Map.of("LC_ALL", "C", "LANG", "C"));

        RetortProcess.Run script = ok(cLocale.run("upgrade", "aaaa00000003:cccc00000001", "--sql"));

        assertThat(script.stdout()).contains("-- Running upgrade aaaa00000003 -> cccc00000001\n",
                "INSERT INTO run_log (rev) VALUES ('café €');");
        assertThat(ok(cLocale.run("history", "-r", "aaaa00000003:")).stdout())
                .startsWith("aaaa00000003 -> cccc00000001 (head), crème brûlée\n");
    }

    @Test
    void upgradeCurrentHistoryAndDowngradeOnSqlite() throws IOException {
        RetortProcess retort = environment("sqlite:///app.db");
        RetortProcess.Run empty = ok(retort.run("current"));
        assertThat(empty.stdout()).isEmpty();

        RetortProcess.Run upgrade = ok(retort.run("upgrade", "aaaa00000002"));
        assertThat(upgrade.stdout()).isEmpty();
        assertThat(upgrade.stderr()).isEqualTo("Running upgrade  -> aaaa00000001, create run log\n"
                + "Running upgrade aaaa00000001 -> aaaa00000002, second\n");
        assertThat(ok(retort.run("current")).stdout()).isEqualTo("aaaa00000002\n");
        assertThat(retort.run("current", "--check-heads").stderr())
                .isEqualTo("FAILED: Database is not on all head revisions\n");

        ok(retort.run("upgrade", "heads"));
        assertThat(ok(retort.run("current", "--check-heads")).stdout()).isEqualTo(
                "aaaa00000003 (head)\nbbbb00000001 (head)\n");
        assertThat(ok(retort.run("history", "-i")).stdout()).isEqualTo(
                "aaaa00000002 -> aaaa00000003 (head) (current), third\n"
                        + "aaaa00000001 -> aaaa00000002, second\n"
                        + "<base> (aaaa00000001) -> bbbb00000001 (other) (head) (current), other line\n"
                        + "<base> -> aaaa00000001, create run log\n");
        RetortProcess.Run verbose = ok(retort.run("current", "-v"));
        assertThat(verbose.stdout()).startsWith("Current revision(s) for sqlite:///app.db:\nRev: aaaa00000003 (head)\n");

        RetortProcess.Run quiet = ok(retort.run("-q", "downgrade", "other@base"));
        assertThat(quiet.stdout() + quiet.stderr()).isEmpty();
        assertThat(ok(retort.run("downgrade")).stderr()).isEqualTo(
                "Running downgrade aaaa00000003 -> aaaa00000002, third\n");
        ok(retort.run("downgrade", "base"));
        assertThat(ok(retort.run("current")).stdout()).isEmpty();
        assertThat(ok(retort.run("stamp", "heads")).stderr()).contains("Running stamp_revision  -> aaaa00000003");
        assertThat(ok(retort.run("show", "current")).stdout()).startsWith("Rev: aaaa00000003 (head)\n");
    }

    /** Read as base, these once reverted every revision or emptied the version table, with status 0. */
    @Test
    void revisionArgumentsThatNameNothingAreRefusedAndChangeNothing() throws IOException {
        RetortProcess retort = environment("sqlite:///app.db");
        ok(retort.run("upgrade", "heads"));
        String before = ok(retort.run("current")).stdout();
        List<List<String>> commands = List.of(List.of("downgrade", ""), List.of("downgrade", "@"),
                List.of("downgrade", "other@"), List.of("stamp", "other@"), List.of("stamp", ""),
                List.of("upgrade", " "), List.of("stamp", "aaaa00000001", "@"));
        for (List<String> command : commands) {
            RetortProcess.Run run = retort.run(command);
            assertThat(run.exitCode()).as("%s: %s", command, run.stderr()).isEqualTo(1);
            assertThat(run.stderr()).as("%s", command).startsWith("FAILED: ").doesNotContain("Running");
        }
        assertThat(retort.run("downgrade", "other@").stderr()).isEqualTo("FAILED: Revision argument 'other@' has"
                + " nothing after the '@': write 'other@head', 'other@heads', 'other@base' or 'other@<revision>'\n");
        assertThat(retort.run("stamp", "").stderr()).isEqualTo("FAILED: Empty revision argument: name a revision id,"
                + " a branch label, or a symbol such as head, heads or base\n");
        assertThat(ok(retort.run("current")).stdout()).isEqualTo(before);
        assertThat(ok(retort.run("history", "-i")).stdout()).contains("aaaa00000003 (head) (current)");

        RetortProcess unreachable = environment("postgresql://app@127.0.0.1:1/app");
        assertThat(unreachable.run("downgrade", "@").stderr()).as("refused before connecting")
                .startsWith("FAILED: Revision argument '@' names nothing");
    }

    /** As Alembic: {@code current} in a range or in {@code edit} reads the database. */
    @Test
    void historyFromCurrentTakesARelativeEndOrCurrentAndEditCurrentOpensTheCurrentRevision() throws IOException {
        RetortProcess retort = environment("sqlite:///app.db");
        RetortProcess editor = new RetortProcess(root, Map.of("EDITOR", "echo"));
        assertThat(editor.run("edit", "current").stderr()).isEqualTo("FAILED: No current revisions\n");
        assertThat(ok(retort.run("history", "-r", "current:current")).stdout()).as("base:base").isEmpty();
        ok(retort.run("upgrade", "aaaa00000001"));
        assertThat(ok(retort.run("history", "-r", "current:current")).stdout())
                .isEqualTo("<base> -> aaaa00000001, create run log\n");
        assertThat(ok(retort.run("history", "-r", "current:+1")).stdout()).isEqualTo(
                "aaaa00000001 -> aaaa00000002, second\n<base> -> aaaa00000001, create run log\n");
        assertThat(ok(editor.run("edit", "current")).stdout())
                .isEqualTo(root.resolve("migrations/versions/aaaa00000001.sql") + "\n");
    }

    /** Rows written by hand: a branch label or an empty id. Every command says so and points to the repair. */
    @Test
    void aDamagedVersionTableIsReportedAlikeByEveryCommand() throws Exception {
        RetortProcess retort = environment("sqlite:///app.db");
        ok(retort.run("upgrade", "aaaa00000001"));
        setVersionRows("other");
        String label = "FAILED: The version table holds 'other', the branch label of revision bbbb00000001, where"
                + " only revision ids belong; the table is damaged. Set it to the revision the database is really at"
                + " with 'stamp --purge REV'\n";
        for (String command : List.of("current", "upgrade heads", "downgrade -1", "history -r current:",
                "show current", "stamp aaaa00000002")) {
            assertThat(retort.run(command.split(" ")).stderr()).as(command).isEqualTo(label);
        }
        assertListsTheHistoryAndWarns(retort, label);
        setVersionRows("");
        String empty = "FAILED: The version table holds an empty revision id (''); the table is damaged. Set it to"
                + " the revision the database is really at with 'stamp --purge REV'\n";
        for (String command : List.of("current", "upgrade heads")) {
            assertThat(retort.run(command.split(" ")).stderr()).as(command).isEqualTo(empty);
        }
        assertListsTheHistoryAndWarns(retort, empty);
        setVersionRows("deadbeef0000");
        assertListsTheHistoryAndWarns(retort, retort.run("current").stderr());
        ok(retort.run("stamp", "--purge", "aaaa00000001"));
        assertThat(ok(retort.run("current")).stdout()).isEqualTo("aaaa00000001\n");
    }

    /** As Alembic, {@code history -i} lists the history whatever the version table holds; retort also warns. */
    private static void assertListsTheHistoryAndWarns(RetortProcess retort, String failure) {
        RetortProcess.Run history = ok(retort.run("history", "-i"));
        assertThat(history.stdout()).contains("<base> -> aaaa00000001, create run log").doesNotContain("(current)");
        assertThat(history.stderr()).isEqualTo(failure.replaceFirst("^FAILED: ", "WARNING: "));
    }

    private void setVersionRows(String row) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("app.db"));
                PreparedStatement update = connection.prepareStatement("UPDATE retort_version SET version_num = ?")) {
            update.setString(1, row);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void javaRevisionsAreCompiledAndRunThroughOperations() throws Exception {
        RetortProcess retort = environment("sqlite:///app.db");
        Files.writeString(root.resolve("migrations/versions/cccc00000001_java.java"), """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "cccc00000001", revises = {"aaaa00000003"}, message = "java revision")
                class JavaRevision implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("INSERT INTO run_log (rev) VALUES ('c1')");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("DELETE FROM run_log WHERE rev = 'c1'");
                    }
                }
                """);
        RetortProcess.Run upgrade = ok(retort.run("upgrade", "heads"));
        assertThat(upgrade.stderr()).contains("Running upgrade aaaa00000003 -> cccc00000001, java revision\n");
        assertThat(sqliteQuery("SELECT rev FROM run_log ORDER BY rev")).containsExactly("a1", "a2", "a3", "b1", "c1");
        assertThat(root.resolve("migrations/.retort-cache/.gitignore")).content().contains("*");
        ok(retort.run("downgrade", "aaaa00000003"));
        assertThat(sqliteQuery("SELECT rev FROM run_log ORDER BY rev")).containsExactly("a1", "a2", "a3", "b1");
    }

    @Test
    void javaRevisionsReadTheTagAndTheCommandLineArguments() throws Exception {
        RetortProcess retort = environment("sqlite:///app.db");
        Files.writeString(root.resolve("migrations/versions/cccc00000001_tagged.java"), """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "cccc00000001", revises = {"aaaa00000003"}, message = "tagged")
                class Tagged implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        String rev = op.tag().orElse("untagged") + "/" + op.xArgument("who").orElse("nobody");
                        op.execute("INSERT INTO run_log (rev) VALUES (" + op.inlineLiteral(rev) + ")");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("DELETE FROM run_log WHERE rev LIKE '%/%'");
                    }
                }
                """);
        ok(retort.run("-x", "who=ops", "upgrade", "heads", "--tag", "release-7"));
        assertThat(sqliteQuery("SELECT rev FROM run_log WHERE rev LIKE '%/%'")).containsExactly("release-7/ops");

        RetortProcess.Run script = ok(retort.run("upgrade", "aaaa00000003:cccc00000001", "--sql"));
        assertThat(script.stdout()).contains("INSERT INTO run_log (rev) VALUES ('untagged/nobody');");
    }

    @Test
    void offlineScriptAndItsErrors() throws IOException {
        RetortProcess retort = environment("postgresql://u:secret@127.0.0.1:5432/db");
        RetortProcess.Run script = ok(retort.run("upgrade", "aaaa00000001", "--sql"));
        assertThat(script.stdout()).isEqualTo("BEGIN;\n\nCREATE TABLE retort_version (\n"
                + "    version_num VARCHAR(32) NOT NULL, \n"
                + "    CONSTRAINT retort_version_pkc PRIMARY KEY (version_num)\n);\n\n"
                + "-- Running upgrade  -> aaaa00000001\n\n"
                + "CREATE TABLE run_log (rev VARCHAR(32) NOT NULL);\n\n"
                + "INSERT INTO run_log (rev) VALUES ('a1');\n\n"
                + "INSERT INTO retort_version (version_num) VALUES ('aaaa00000001');\n\nCOMMIT;\n\n");
        RetortProcess.Run quiet = ok(retort.run("-q", "upgrade", "aaaa00000001", "--sql"));
        assertThat(quiet.stdout()).as("the script is written with --quiet too").isEqualTo(script.stdout());
        assertThat(quiet.stderr()).isEmpty();
        assertThat(ok(retort.run("-q", "stamp", "aaaa00000001", "--sql")).stdout())
                .contains("INSERT INTO retort_version (version_num) VALUES ('aaaa00000001');");
        assertThat(retort.run("downgrade", "--sql").stderr())
                .isEqualTo("FAILED: downgrade with --sql requires <fromrev>:<torev>\n");
        assertThat(retort.run("stamp", "heads", "--sql", "--purge").stderr())
                .isEqualTo("FAILED: Can't use --purge with --sql mode\n");
        assertThat(retort.run("upgrade", "aaaa:aaaa00000002").stderr()).isEqualTo("FAILED: Range revision not allowed:"
                + " a range START:END is for a script (--sql); online, name the one revision to go to\n");

        Files.writeString(root.resolve("migrations/versions/cccc00000002_reads.java"), """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "cccc00000002", revises = {"aaaa00000003"}, message = "reads",
                        createDate = "2026-12-06 10:00:00.000000")
                class Reads_cccc00000002 implements Migration {
                    @Override
                    public void upgrade(Operations op) throws Exception {
                        op.connection().createStatement().executeQuery("SELECT 1").close();
                    }

                    @Override
                    public void downgrade(Operations op) {
                    }
                }
                """);
        RetortProcess.Run stopped = retort.run("upgrade", "aaaa00000002:cccc00000002", "--sql");
        assertThat(stopped.exitCode()).isEqualTo(1);
        assertThat(stopped.stdout()).as("the script up to the failing revision")
                .contains("INSERT INTO run_log (rev) VALUES ('a3');")
                .endsWith("-- Running upgrade aaaa00000003 -> cccc00000002\n\n");
        assertThat(stopped.stderr()).contains("\nFAILED: Revision cccc00000002 failed at ")
                .contains("op.connection(): a revision written as a SQL script (--sql) has no database connection")
                .endsWith("The script written is incomplete: it stops in this revision.\n");
    }

    /**
     * Each revision creates its table, which MariaDB commits at once, then takes a while: a run interrupted
     * (Ctrl-C) inside one must not leave its table without its version row.
     */
    @Test
    void aTerminatedRunOnMariaDbFinishesTheRevisionItIsApplying() throws Exception {
        root = root.toRealPath();
        try (ServerDatabase database = ServerDatabase.create("mariadb")) {
            Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                    + "url = \"" + database.url() + "\"\n");
            String parent = "";
            for (int i = 1; i <= 40; i++) {
                String id = "dddd%08d".formatted(i);
                revision(id, parent, "", "", "slow " + i,
                        "CREATE TABLE slow_" + i + " (id INTEGER);\nSELECT SLEEP(0.15);", "DROP TABLE slow_" + i + ";");
                parent = id;
            }
            RetortProcess retort = new RetortProcess(root);
            String stderr = upgradeInterruptedAfter(retort, 2500);

            List<String> rows = database.query("SELECT version_num FROM retort_version");
            List<String> tables = database.query("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name LIKE 'slow%'");
            assertThat(rows).as(stderr).hasSize(1);
            int recorded = Integer.parseInt(rows.get(0).substring(4));
            assertThat(recorded).as("stopped before the end").isLessThan(40);
            assertThat(tables).as("tables of the recorded revisions only; " + stderr).hasSize(recorded);
            assertThat(stderr).contains("Interrupted while running ");
            assertThat(database.query("SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name = 'retort_version_progress'")).as("the record of a finished revision")
                    .containsExactly("0");
            ok(retort.run("upgrade", "head"));
            assertThat(database.query("SELECT version_num FROM retort_version")).containsExactly("dddd00000040");
        }
    }

    /**
     * Each Java revision creates a table, takes a while, then creates another: a run interrupted (Ctrl-C) inside one keeps the
     * revisions it finished, recorded, on SQLite (in one transaction for the run) and on H2 (whose shutdown must
     * not close the database under the revision being finished); so does a run whose terminal closed (HUP).
     */
    @ParameterizedTest
    @CsvSource({"sqlite, INT", "h2, INT", "sqlite, HUP"})
    void anInterruptedRunKeepsTheRevisionsItFinished(String kind, String signal) throws Exception {
        root = root.toRealPath();
        String url = kind.equals("sqlite") ? "sqlite:///" + root.resolve("slow.db") : "h2:file:" + root.resolve("slow");
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \""
                + url + "\"\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        String parent = "";
        for (int i = 1; i <= 40; i++) {
            String id = "eeee%08d".formatted(i);
            Files.writeString(versions.resolve(id + "_slow.java"), """
                    import static dev.retort.api.Schema.*;

                    import dev.retort.api.Migration;
                    import dev.retort.api.Operations;
                    import dev.retort.api.Revision;

                    @Revision(id = "%s", revises = {%s}, message = "slow %d")
                    class Slow implements Migration {
                        @Override
                        public void upgrade(Operations op) throws Exception {
                            op.createTable("slow_%3$d", column("id", INTEGER));
                            op.connection();
                            Thread.sleep(150);
                            op.createTable("slow_%3$d_after", column("id", INTEGER));
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropTable("slow_%3$d_after");
                            op.dropTable("slow_%3$d");
                        }
                    }
                    """.formatted(id, parent.isEmpty() ? "" : "\"" + parent + "\"", i));
            parent = id;
        }
        RetortProcess retort = new RetortProcess(root);
        ok(retort.run("compile"));
        String stderr = upgradeInterruptedAfter(retort, 2500, signal);

        RetortProcess.Run current = retort.run("current");
        ok(current);
        assertThat(current.stdout()).as(stderr).matches("eeee\\d{8}\n");
        int recorded = Integer.parseInt(current.stdout().strip().substring(4));
        assertThat(recorded).as("stopped before the end; " + stderr).isBetween(1, 39);
        assertThat(stderr).as("how the run ended, then what the signal did").containsSubsequence(
                "FAILED: Stopped before upgrade eeee%08d -> ".formatted(recorded), "Interrupted while running ");
        RetortProcess.Run rest = retort.run("upgrade", "head");
        ok(rest);
        assertThat(rest.stderr()).as("the rest applied, each once")
                .contains("Running upgrade eeee%08d -> eeee%08d".formatted(recorded, recorded + 1))
                .doesNotContain("-> eeee%08d,".formatted(recorded));
    }

    /**
     * The second revision creates a table and then takes a minute: a first Ctrl-C waits for it, a second one
     * stops the process at once, with the exit status of an interrupt, and the run's transaction is rolled back.
     */
    @Test
    void aSecondInterruptStopsAtOnceAndLeavesNothingOnSqlite() throws Exception {
        root = root.toRealPath();
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"sqlite:///"
                + root.resolve("twice.db") + "\"\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        String[] sleeps = {"0", "60_000"};
        for (int i = 1; i <= 2; i++) {
            Files.writeString(versions.resolve("ffff0000000" + i + "_step.java"), """
                    import static dev.retort.api.Schema.*;

                    import dev.retort.api.Migration;
                    import dev.retort.api.Operations;
                    import dev.retort.api.Revision;

                    @Revision(id = "ffff0000000%1$d", revises = {%2$s}, message = "step %1$d")
                    class Step implements Migration {
                        @Override
                        public void upgrade(Operations op) throws Exception {
                            op.createTable("step_%1$d", column("id", INTEGER));
                            op.connection();
                            Thread.sleep(%3$s);
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.dropTable("step_%1$d");
                        }
                    }
                    """.formatted(i, i == 1 ? "" : "\"ffff00000001\"", sleeps[i - 1]));
        }
        RetortProcess retort = new RetortProcess(root);
        ok(retort.run("compile"));
        Process run = retort.start(List.of("upgrade", "head"));
        BufferedReader errors = errorsOf(run);
        StringBuilder stderr = new StringBuilder();
        awaitLine(errors, stderr, "Running upgrade ffff00000001 -> ffff00000002");
        new ProcessBuilder("kill", "-INT", String.valueOf(run.pid())).start().waitFor();
        awaitLine(errors, stderr, "Stopping: finishing upgrade ffff00000001 -> ffff00000002");
        new ProcessBuilder("kill", "-INT", String.valueOf(run.pid())).start().waitFor();

        assertThat(run.waitFor(30, TimeUnit.SECONDS)).as("ended before the revision's minute; " + stderr).isTrue();
        stderr.append(new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(run.exitValue()).as(stderr.toString()).isEqualTo(130);
        assertThat(stderr.toString()).contains("Interrupted while running upgrade ffff00000001 -> ffff00000002"
                + ": stopped in the middle of it, as asked again;");
        RetortProcess.Run current = retort.run("current");
        ok(current);
        assertThat(current.stdout()).as("the run's one transaction rolled back").isEmpty();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + root.resolve("twice.db"));
                ResultSet tables = connection.getMetaData().getTables(null, null, "step_%", null)) {
            assertThat(tables.next()).as("no table of either step").isFalse();
        }
    }

    /**
     * A run that finds the lock held says that it waits, then goes on once the other run is done; on H2 the
     * lock is the database file, which one process at a time may open.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void aRunThatWaitsForTheLockSaysSo(String kind) throws Exception {
        RetortProcess retort = revisionProject(kind, "Thread.sleep(4000);");
        Process first = retort.start(List.of("upgrade", "head"));
        awaitLine(errorsOf(first), new StringBuilder(), "Running upgrade  -> abab00000001");

        RetortProcess.Run second = retort.run("upgrade", "head");

        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        ok(second);
        assertThat(second.stderr()).isEqualTo("Waiting for the migration lock, which another run holds (up to 60 s;"
                + " lock_timeout sets how long)\n");
    }

    /** A terminated run that waits for the lock says that it applied nothing; the run holding the lock goes on. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2"})
    void aRunStoppedWhileWaitingForTheLockSaysNothingWasApplied(String kind) throws Exception {
        RetortProcess retort = revisionProject(kind, "Thread.sleep(8000);");
        Process first = retort.start(List.of("upgrade", "head"));
        awaitLine(errorsOf(first), new StringBuilder(), "Running upgrade  -> abab00000001");
        Process second = retort.start(List.of("upgrade", "head"));
        BufferedReader secondErrors = errorsOf(second);
        awaitLine(secondErrors, new StringBuilder(), "Waiting for the migration lock");

        new ProcessBuilder("kill", "-TERM", String.valueOf(second.pid())).start().waitFor();

        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(143);
        assertThat(secondErrors.readLine()).isEqualTo("Interrupted while waiting for the migration lock: nothing was"
                + " applied");
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).isZero();
        assertThat(retort.run("current").stdout()).isEqualTo("abab00000001 (head)\n");
    }

    /** A revision that ends the process itself fails at once: nothing is left to finish it. */
    @Test
    void aRevisionThatCallsSystemExitFailsAndLeavesNothingApplied() throws Exception {
        RetortProcess retort = revisionProject("sqlite", "op.connection();\n        System.exit(0);");

        RetortProcess.Run run = retort.run("upgrade", "head");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("FAILED: upgrade  -> abab00000001 called System.exit, which ends the process"
                + " in the middle of the revision").doesNotContain("Stopping");
        assertThat(retort.run("current").stdout()).isEmpty();
    }

    @Test
    void aRevisionThatCallsSystemExitWhileWritingAScriptFailsAndSaysTheScriptIsIncomplete() throws Exception {
        RetortProcess retort = revisionProject("sqlite", "System.exit(0);");

        RetortProcess.Run run = retort.run("upgrade", "head", "--sql");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("FAILED: upgrade  -> abab00000001 called System.exit, which ends the process"
                + " in the middle of the revision; the script written so far is incomplete");
    }

    /**
     * A project on an embedded database ({@code sqlite} or {@code h2}) whose one revision, compiled already,
     * runs {@code code} after creating its table.
     */
    private RetortProcess revisionProject(String kind, String code) throws IOException {
        root = root.toRealPath();
        String url = kind.equals("h2") ? "h2:file:" + root.resolve("waits") : "sqlite:///" + root.resolve("waits.db");
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\nurl = \"" + url
                + "\"\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve("abab00000001_slow.java"), """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "abab00000001", revises = {}, message = "slow")
                class Slow implements Migration {
                    @Override
                    public void upgrade(Operations op) throws Exception {
                        op.createTable("slow", column("id", INTEGER));
                        CODE
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("slow");
                    }
                }
                """.replace("CODE", code));
        RetortProcess retort = new RetortProcess(root);
        ok(retort.run("compile"));
        return retort;
    }

    private static BufferedReader errorsOf(Process process) {
        return new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** Reads {@code errors} into {@code read} until a line that starts with {@code start}. */
    private static void awaitLine(BufferedReader errors, StringBuilder read, String start) throws IOException {
        for (String line = errors.readLine(); line != null; line = errors.readLine()) {
            read.append(line).append('\n');
            if (line.startsWith(start)) {
                return;
            }
        }
        throw new AssertionError("no line starting '" + start + "' in:\n" + read);
    }

    /** Runs {@code upgrade head}, interrupts it (Ctrl-C) after {@code millis}, and returns its stderr once it ended. */
    private static String upgradeInterruptedAfter(RetortProcess retort, long millis) throws Exception {
        return upgradeInterruptedAfter(retort, millis, "INT");
    }

    private static String upgradeInterruptedAfter(RetortProcess retort, long millis, String signal) throws Exception {
        Process run = retort.start(List.of("upgrade", "head"));
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Thread.sleep(millis);
        new ProcessBuilder("kill", "-" + signal, String.valueOf(run.pid())).start().waitFor();
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return errors.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aDamagedVersionTableIsReportedWithoutAStackTrace() throws Exception {
        Path database = root.resolve("damaged.db");
        RetortProcess retort = environment("sqlite:///" + database);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE retort_version (version_num VARCHAR(32))");
            statement.execute("INSERT INTO retort_version VALUES ('deadbeef0000')");
        }

        for (String command : List.of("current", "show current", "upgrade heads")) {
            RetortProcess.Run unknown = retort.run(command.split(" "));
            assertThat(unknown.exitCode()).as(command).isEqualTo(1);
            assertThat(unknown.stderr()).as(command)
                    .startsWith("FAILED: Can't locate revision identified by 'deadbeef0000'")
                    .doesNotContain("\tat ");
        }

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE retort_version SET version_num = NULL");
        }
        for (String command : List.of("current", "upgrade heads")) {
            RetortProcess.Run empty = retort.run(command.split(" "));
            assertThat(empty.exitCode()).as(command).isEqualTo(1);
            assertThat(empty.stderr()).as(command)
                    .startsWith("FAILED: The version table retort_version holds a row without a revision (NULL)")
                    .doesNotContain("\tat ");
        }
        ok(retort.run("stamp", "--purge", "aaaa00000001"));
        assertThat(ok(retort.run("current")).stdout()).startsWith("aaaa00000001");

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE retort_version");
            statement.execute("CREATE TABLE retort_version (id INTEGER)");
        }
        RetortProcess.Run notOne = retort.run("current");
        assertThat(notOne.exitCode()).isEqualTo(1);
        assertThat(notOne.stderr()).startsWith("FAILED: Can't read the version table retort_version: ")
                .contains("version_num").contains("set 'version_table' to another name").doesNotContain("\tat ");
    }

    @Test
    void javaCodeThatFailsIsNamedByItsFileAndLineAndLeavesNothing() throws Exception {
        RetortProcess retort = environment("sqlite:///" + root.resolve("fails.db"));
        Path revision = root.resolve("migrations/versions/cccc00000003_fails.java");
        Files.writeString(revision, """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "cccc00000003", revises = {"aaaa00000003"}, message = "fails",
                        createDate = "2026-12-06 10:00:00.000000")
                class Fails_cccc00000003 implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("CREATE TABLE made_before (id INTEGER)");
                        check(op.dialectName());
                    }

                    private static void check(String dialect) {
                        throw new AssertionError("unexpected dialect " + dialect);
                    }

                    @Override
                    public void downgrade(Operations op) {
                        Object missing = null;
                        missing.toString();
                    }
                }
                """);

        RetortProcess.Run asserted = retort.run("upgrade", "heads");

        assertThat(asserted.exitCode()).isEqualTo(1);
        assertThat(asserted.stderr())
                .contains("FAILED: Revision cccc00000003 failed at " + revision + ":15")
                .contains("java.lang.AssertionError: unexpected dialect sqlite")
                .doesNotContain("Exception in thread").doesNotContain("\tat ");
        assertThat(ok(retort.run("current")).stdout()).as("the run was rolled back").isEmpty();

        Files.writeString(revision, Files.readString(revision).replace("check(op.dialectName());", ""));
        ok(retort.run("upgrade", "heads"));
        RetortProcess.Run nullPointer = retort.run("downgrade", "aaaa00000003");

        assertThat(nullPointer.exitCode()).isEqualTo(1);
        assertThat(nullPointer.stderr())
                .contains("FAILED: Revision cccc00000003 failed at " + revision + ":21")
                .contains("java.lang.NullPointerException");
        assertThat(ok(retort.run("current")).stdout()).contains("cccc00000003 (head)");
    }

    /** A server that accepts the connection and never answers: given up on after 30 seconds, not waited for ever. */
    @Test
    void aPostgresqlServerThatNeverAnswersIsGivenUpOn() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException e) {
                    // The socket closed at the end of the test.
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            RetortProcess retort = environment("postgresql://app@127.0.0.1:" + silent.getLocalPort() + "/app");

            RetortProcess.Run run = retort.run("current");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).startsWith("FAILED: Can't connect to postgresql://app@127.0.0.1:"
                    + silent.getLocalPort() + "/app: ").contains("timed out");
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void unreachableServerAndWrongPasswordNameTheUrlWithoutThePassword() throws Exception {
        RetortProcess retort = environment("postgresql://app:s3cr3tpw@127.0.0.1:1/app");
        RetortProcess.Run unreachable = retort.run("current");
        assertThat(unreachable.exitCode()).isEqualTo(1);
        assertThat(unreachable.stderr()).startsWith("FAILED: Can't connect to postgresql://app:***@127.0.0.1:1/app: ")
                .doesNotContain("s3cr3tpw");

        ServerDatabase.admin("mariadb", "").close();
        RetortProcess.Run denied = retort.run("--url", "mariadb://root:s3cr3tpw@127.0.0.1:3306/mysql",
                "upgrade");
        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.stderr()).startsWith("FAILED: Can't connect to mariadb://root:***@127.0.0.1:3306/mysql")
                .contains("Access denied").doesNotContain("s3cr3tpw");

        for (String scheme : List.of("postgresql", "mariadb")) {
            RetortProcess.Run unknownHost = retort.run("--url", scheme + "://app:s3cr3tpw@no-such-host.invalid/app",
                    "current");
            assertThat(unknownHost.exitCode()).isEqualTo(1);
            assertThat(unknownHost.stderr()).startsWith("FAILED: Can't connect to " + scheme
                    + "://app:***@no-such-host.invalid/app: the host could not be resolved: no-such-host.invalid")
                    .doesNotContain("s3cr3tpw");
        }
    }

    @Test
    void currentVerboseRedactsThePassword() throws Exception {
        try (ServerDatabase database = ServerDatabase.create("postgresql")) {
            RetortProcess retort = environment(database.url().replace("postgres@", "postgres:pw0rd@"));
            RetortProcess.Run verbose = ok(retort.run("current", "-v"));
            assertThat(verbose.stdout()).isEqualTo("Current revision(s) for "
                    + database.url().replace("postgres@", "postgres:***@") + ":\n");
            assertThat(database.query("SELECT count(*) FROM pg_tables WHERE tablename = 'retort_version'"))
                    .as("current never creates the version table").containsExactly("0");
        }
    }

    @Test
    void theVersionTableLivesInTheConfiguredSchemaWhateverTheCaseOfItsName() throws Exception {
        try (ServerDatabase database = ServerDatabase.create("postgresql")) {
            database.execute("CREATE SCHEMA \"Audit\"");
            RetortProcess retort = environment(database.url());
            Files.writeString(root.resolve("retort.toml"), Files.readString(root.resolve("retort.toml"))
                    .replace("[retort]\n", "[retort]\nversion_table_schema = \"Audit\"\n"));

            ok(retort.run("upgrade", "aaaa00000002"));
            RetortProcess.Run again = ok(retort.run("upgrade", "heads"));
            assertThat(again.stderr().lines()).as("the second run finds the table it created")
                    .containsExactlyInAnyOrder("Running upgrade aaaa00000002 -> aaaa00000003, third",
                            "Running upgrade  -> bbbb00000001, other line");
            assertThat(database.query("SELECT version_num FROM \"Audit\".retort_version ORDER BY 1"))
                    .containsExactly("aaaa00000003", "bbbb00000001");
            assertThat(database.query("SELECT count(*) FROM pg_tables WHERE tablename = 'retort_version'"))
                    .containsExactly("1");
            assertThat(ok(retort.run("current")).stdout()).isEqualTo("aaaa00000003 (head)\nbbbb00000001 (head)\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "h2-server", "h2-auto-server", "postgresql", "mariadb"})
    void eightConcurrentUpgradesApplyEveryRevisionOnce(String kind) throws Exception {
        boolean embedded = kind.startsWith("sqlite") || kind.startsWith("h2");
        ServerDatabase server = embedded ? null : ServerDatabase.create(kind);
        Server h2Server = kind.equals("h2-server")
                ? Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", root.toString()).start() : null;
        try {
            String h2File = root.toRealPath().resolve("app-h2").toString();
            String url = switch (kind) {
                case "sqlite" -> "sqlite:///app.db";
                case "h2" -> "h2:file:" + h2File;
                case "h2-server" -> "h2:tcp://localhost:" + h2Server.getPort() + "/app-h2";
                case "h2-auto-server" -> "h2:file:" + h2File + ";AUTO_SERVER=TRUE";
                default -> server.url();
            };
            RetortProcess retort = environment(url);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<RetortProcess.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> retort.run("upgrade", "heads")));
            }
            int applied = 0;
            for (Future<RetortProcess.Run> run : runs) {
                RetortProcess.Run result = ok(run.get());
                applied += (int) result.stderr().lines().filter(line -> line.startsWith("Running upgrade")).count();
            }
            pool.shutdown();
            assertThat(applied).isEqualTo(4);
            String runLog = "SELECT rev FROM run_log ORDER BY rev";
            List<String> log = switch (kind) {
                case "sqlite" -> sqliteQuery(runLog);
                case "h2", "h2-auto-server" -> query("jdbc:h2:file:" + h2File, runLog);
                case "h2-server" -> query("jdbc:" + url, runLog);
                default -> server.query(runLog);
            };
            assertThat(log).containsExactly("a1", "a2", "a3", "b1");
        } finally {
            if (server != null) {
                server.close();
            }
            if (h2Server != null) {
                h2Server.stop();
            }
        }
    }

    private List<String> sqliteQuery(String sql) throws Exception {
        return query("jdbc:sqlite:" + root.resolve("app.db"), sql);
    }

    private static List<String> query(String jdbcUrl, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (var connection = java.sql.DriverManager.getConnection(jdbcUrl);
                var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
