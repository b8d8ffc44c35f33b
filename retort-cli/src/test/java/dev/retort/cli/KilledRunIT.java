package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run killed outright ({@code SIGKILL}) in the middle of a revision: no lock outlives it, the next run
 * starts at once, and the database holds no half of a revision that the version table does not record; where
 * the database cannot roll a revision back, the next run says which revision was left half done. Also, what
 * other commands do while a run is paused in the middle of a revision.
 *
 * <pre>
 * aaaa00000001 creates first_step ── aaaa00000002 waits while the file "pause" exists, then creates
 * second_step ── aaaa00000003 creates third_step
 * </pre>
 * The second revision creates the file "paused" when it starts waiting, which is when the run is killed.
 */
class KilledRunIT {
    private static final String FIRST = "aaaa00000001";
    private static final String HEAD = "aaaa00000003";
    private static final String HALF = "aaaa00000002";

    @TempDir
    Path root;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void aRunKilledInsideARevisionLeavesNoLockAndNothingUnrecorded(String kind) throws Exception {
        ServerDatabase server = kind.equals("sqlite") || kind.equals("h2") ? null : ServerDatabase.create(kind);
        try {
            root = root.toRealPath();
            String url = switch (kind) {
                case "sqlite" -> "sqlite:///app.db";
                case "h2" -> "h2:file:" + root.resolve("app-h2");
                default -> server.url();
            };
            RetortProcess retort = environment(url);
            Files.createFile(root.resolve("pause"));

            Process killed = retort.start(List.of("upgrade", "head"));
            awaitFile(root.resolve("paused"), killed);
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).as("the killed run ended").isTrue();

            List<String> rows = versionRows(kind, url, server);
            boolean firstStepExists = tableExists(kind, url, server, "first_step");
            assertThat(tableExists(kind, url, server, "second_step")).as("the killed revision's table").isFalse();
            if (kind.equals("sqlite") || kind.equals("postgresql")) {
                assertThat(rows).as("the run's one transaction was rolled back").isEmpty();
                assertThat(firstStepExists).as("the first revision's table went with its transaction").isFalse();
            } else {
                assertThat(rows).as("the version table records what stayed")
                        .isEqualTo(firstStepExists ? List.of(FIRST) : List.of());
            }

            Files.delete(root.resolve("pause"));
            Files.delete(root.resolve("paused"));
            long started = System.nanoTime();
            RetortProcess.Run again = retort.run("upgrade", "head");
            assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                    .as("no lock of the killed run was waited for (lock_timeout is 60 s)").isLessThan(50);
            assertThat(versionRows(kind, url, server)).containsExactly(HEAD);
            for (String table : List.of("first_step", "second_step", "third_step")) {
                assertThat(tableExists(kind, url, server, table)).as(table).isTrue();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /** PostgreSQL goes on with a statement whose client died; the session and its lock must not outlive it. */
    @Test
    void aRunKilledWhileTheServerRunsItsStatementLeavesNoLockOnPostgresql() throws Exception {
        try (ServerDatabase server = ServerDatabase.create("postgresql")) {
            root = root.toRealPath();
            Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                    + "url = \"" + server.url() + "\"\nlock_timeout = 20\n");
            Path versions = Files.createDirectories(root.resolve("migrations/versions"));
            Path slow = versions.resolve(FIRST + "_slow.sql");
            Files.writeString(slow, "-- slow\n--\n-- Revision ID: " + FIRST + "\n-- Revises:\n"
                    + "-- Create Date: 2026-12-06 10:00:00.000000\n\n-- retort:upgrade\n"
                    + "CREATE TABLE slow_step (id INTEGER);\nSELECT pg_sleep(120);\n\n-- retort:downgrade\n"
                    + "DROP TABLE slow_step;\n");
            RetortProcess retort = new RetortProcess(root);

            Process killed = retort.start(List.of("upgrade", "head"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (server.query("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'")
                    .equals(List.of("0"))) {
                assertThat(killed.isAlive()).as("retort still runs").isTrue();
                assertThat(System.nanoTime()).as("the statement started within 2 minutes").isLessThan(deadline);
                Thread.sleep(20);
            }
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).as("the killed run ended").isTrue();
            Files.writeString(slow, Files.readString(slow).replace("SELECT pg_sleep(120);\n", ""));

            RetortProcess.Run again = retort.run("upgrade", "head");

            assertThat(again.exitCode()).as("took the lock within lock_timeout (20 s), long before the killed"
                    + " run's statement would have ended: " + again.stderr()).isZero();
            assertThat(server.query("SELECT version_num FROM retort_version")).containsExactly(FIRST);
        }
    }

    /**
     * On MariaDB and H2 each schema change commits by itself, so a run killed between two of a revision's leaves
     * half of it applied. The next upgrade or downgrade refuses to run, naming the revision and the stamp that
     * clears the record; before, a killed downgrade left the version table saying all was applied, and the next
     * {@code upgrade head} had nothing to do.
     *
     * <pre>
     * aaaa00000001 creates first_step ── aaaa00000002 creates half_a, waits while the file "pause" exists, then
     * creates half_b; its downgrade drops half_b, waits, then drops half_a (asking for the connection sends the
     * operations recorded before it)
     * </pre>
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"mariadb, upgrade", "mariadb, downgrade", "h2, upgrade", "h2, downgrade"})
    void aRevisionKilledHalfWayIsRefusedByTheNextRunUntilAStamp(String kind, String direction) throws Exception {
        ServerDatabase server = kind.equals("h2") ? null : ServerDatabase.create(kind);
        try {
            root = root.toRealPath();
            String url = kind.equals("h2") ? "h2:file:" + root.resolve("app-h2") : server.url();
            RetortProcess retort = halfWayEnvironment(url);
            boolean upgrade = direction.equals("upgrade");
            if (!upgrade) {
                ok(retort.run("upgrade", "head"));
                Files.delete(root.resolve("paused"));
            }
            Files.createFile(root.resolve("pause"));

            Process killed = retort.start(upgrade ? List.of("upgrade", "head") : List.of("downgrade", "-1"));
            awaitFile(root.resolve("paused"), killed);
            if (kind.equals("h2")) {
                // H2 writes its file behind the commits, within a second; a killed process loses what it had not.
                Thread.sleep(2000);
            }
            killed.destroyForcibly();
            assertThat(killed.waitFor(30, TimeUnit.SECONDS)).as("the killed run ended").isTrue();
            Files.delete(root.resolve("pause"));
            Files.delete(root.resolve("paused"));
            assertThat(tableExists(kind, url, server, "half_a")).as("half of the revision").isTrue();
            assertThat(tableExists(kind, url, server, "half_b")).as("the other half").isFalse();
            assertThat(versionRows(kind, url, server)).containsExactly(upgrade ? FIRST : HALF);

            for (List<String> command : List.of(List.of("upgrade", "head"), List.of("downgrade", "base"))) {
                RetortProcess.Run refused = retort.run(command);
                assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(1);
                assertThat(refused.stderr()).contains("FAILED: A run did not finish the " + direction
                        + " of revision " + HALF + " (started ").contains("Nothing was run.")
                        .contains("'retort stamp " + FIRST + "'").contains("'retort stamp " + HALF + "'")
                        .doesNotContain("Exception");
                assertThat(tableExists(kind, url, server, "half_b")).as("nothing ran").isFalse();
                assertThat(tableExists(kind, url, server, "first_step")).as("nothing ran").isTrue();
            }

            RetortProcess.Run current = retort.run("current");
            ok(current);
            assertThat(current.stdout()).isEqualTo((upgrade ? FIRST : HALF + " (head)") + "\n");
            assertThat(current.stderr()).startsWith("WARNING: A run did not finish the " + direction + " of revision "
                    + HALF);

            execute(kind, server, "DROP TABLE half_a");
            ok(retort.run("stamp", FIRST));
            RetortProcess.Run again = retort.run("upgrade", "head");
            ok(again);
            assertThat(versionRows(kind, url, server)).containsExactly(HALF);
            assertThat(tableExists(kind, url, server, "half_b")).isTrue();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * H2 lets one process at a time open a database file, and a run holds it to its end: {@code current} waits for
     * the run (up to lock_timeout) instead of failing with H2's "Database may be already in use".
     */
    @Test
    void currentWaitsForARunHoldingAnH2File() throws Exception {
        root = root.toRealPath();
        RetortProcess retort = halfWayEnvironment("h2:file:" + root.resolve("app-h2"));
        Files.createFile(root.resolve("pause"));
        Process running = retort.start(List.of("upgrade", "head"));
        awaitFile(root.resolve("paused"), running);

        CompletableFuture<RetortProcess.Run> current = CompletableFuture.supplyAsync(() -> retort.run("current"));
        Thread.sleep(1500);
        assertThat(current).as("waits while the run holds the file").isNotDone();
        Files.delete(root.resolve("pause"));

        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).isZero();
        RetortProcess.Run after = current.get(60, TimeUnit.SECONDS);
        ok(after);
        assertThat(after.stdout()).isEqualTo(HALF + " (head)\n");
    }

    /** On MariaDB the record of a run still going is that run's: {@code current} does not call it unfinished. */
    @Test
    void currentDuringARunOnMariaDbShowsNoUnfinishedRevision() throws Exception {
        try (ServerDatabase server = ServerDatabase.create("mariadb")) {
            root = root.toRealPath();
            RetortProcess retort = halfWayEnvironment(server.url());
            Files.createFile(root.resolve("pause"));
            Process running = retort.start(List.of("upgrade", "head"));
            awaitFile(root.resolve("paused"), running);

            RetortProcess.Run current = retort.run("current");
            Files.delete(root.resolve("pause"));

            ok(current);
            assertThat(current.stdout()).isEqualTo(FIRST + "\n");
            assertThat(current.stderr()).doesNotContain("WARNING");
            assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(running.exitValue()).isZero();
        }
    }

    private RetortProcess halfWayEnvironment(String url) throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url + "\"\nlock_timeout = 60\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve(FIRST + "_first.java"), revision(FIRST, "", "First",
                "op.createTable(\"first_step\", column(\"id\", INTEGER).primaryKey());",
                "op.dropTable(\"first_step\");"));
        Files.writeString(versions.resolve(HALF + "_half.java"), revision(HALF, FIRST, "Half",
                "op.createTable(\"half_a\", column(\"id\", INTEGER));\n        op.connection();\n        pause();\n"
                        + "        op.createTable(\"half_b\", column(\"id\", INTEGER));",
                "op.dropTable(\"half_b\");\n        op.connection();\n        pause();\n"
                        + "        op.dropTable(\"half_a\");"));
        return new RetortProcess(root);
    }

    private void execute(String kind, ServerDatabase server, String sql) throws SQLException {
        if (server != null) {
            server.execute(sql);
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(kind))) {
            connection.createStatement().execute(sql);
        }
    }

    private static void ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    }

    private RetortProcess environment(String url) throws IOException {
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"" + url + "\"\nlock_timeout = 60\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve(FIRST + "_first.java"), revision(FIRST, "", "First",
                "op.createTable(\"first_step\", column(\"id\", INTEGER).primaryKey());"));
        Files.writeString(versions.resolve(HALF + "_second.java"), revision(HALF, FIRST, "Second",
                "pause();\n        op.createTable(\"second_step\", column(\"id\", INTEGER).primaryKey());"));
        Files.writeString(versions.resolve(HEAD + "_third.java"), revision(HEAD, HALF, "Third",
                "op.createTable(\"third_step\", column(\"id\", INTEGER).primaryKey());"));
        return new RetortProcess(root);
    }

    private static String revision(String id, String revises, String className, String upgrade) {
        return revision(id, revises, className, upgrade, "");
    }

    /** A revision whose code may call {@code pause()}: it writes the file "paused", then waits while "pause" exists. */
    private static String revision(String id, String revises, String className, String upgrade, String downgrade) {
        return """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;
                import java.io.IOException;
                import java.io.UncheckedIOException;
                import java.nio.file.Files;
                import java.nio.file.Path;

                @Revision(id = "%s", revises = {%s}, message = "%s", createDate = "2026-12-05 10:00:00.000000")
                class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }

                    private static void pause() {
                        try {
                            Files.writeString(Path.of("paused"), "");
                            while (Files.exists(Path.of("pause"))) {
                                Thread.sleep(50);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }
                """.formatted(id, revises.isEmpty() ? "" : "\"" + revises + "\"", className.toLowerCase(Locale.ROOT),
                className, upgrade, downgrade);
    }

    private static void awaitFile(Path file, Process process) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.exists(file)) {
            if (!process.isAlive()) {
                throw new AssertionError("retort ended before the revision paused: "
                        + new String(process.getErrorStream().readAllBytes()));
            }
            assertThat(System.nanoTime()).as("the revision paused within 2 minutes").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private List<String> versionRows(String kind, String url, ServerDatabase server) throws SQLException {
        if (!tableExists(kind, url, server, "retort_version")) {
            return List.of();
        }
        String sql = "SELECT version_num FROM retort_version";
        if (server != null) {
            return server.query(sql);
        }
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(kind));
                ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private boolean tableExists(String kind, String url, ServerDatabase server, String table) throws SQLException {
        if (server != null) {
            String sql = kind.equals("postgresql")
                    ? "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'"
                    : "SELECT count(*) FROM information_schema.tables WHERE table_schema = database()"
                            + " AND table_name = '" + table + "'";
            return !server.query(sql).equals(List.of("0"));
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(kind));
                ResultSet tables = connection.getMetaData().getTables(null, null,
                        kind.equals("h2") ? table.toUpperCase(Locale.ROOT) : table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private String jdbcUrl(String kind) {
        return kind.equals("sqlite") ? "jdbc:sqlite:" + root.resolve("app.db")
                : "jdbc:h2:file:" + root.resolve("app-h2");
    }
}
