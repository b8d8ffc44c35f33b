package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retort compile} fills the class cache ahead of time, without a database. */
class CompileCliIT {

    @TempDir
    Path root;

    /**
     * <pre>
     * aaaa00000001 (SQL) ── aaaa00000002 (plain: for, if) ── aaaa00000003 (array field) ── aaaa00000004 (array field)
     * </pre>
     * The configuration names no database.
     */
    private RetortProcess environment() throws IOException {
        root = root.toRealPath();
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n");
        Path versions = Files.createDirectories(root.resolve("migrations/versions"));
        Files.writeString(versions.resolve("aaaa00000001_base.sql"), "-- base\n--\n-- Revision ID: aaaa00000001\n"
                + "-- Revises: \n-- Create Date: 2026-12-04 10:00:00.000000\n\n-- retort:upgrade\n"
                + "CREATE TABLE base (id INTEGER);\n\n-- retort:downgrade\nDROP TABLE base;\n");
        String loopAndCondition = "for (String table : new String[] {\"plain\"}) {\n    if (!op.isOffline()) {\n"
                + "        op.createTable(table, column(\"id\", INTEGER));\n    }\n}";
        java("aaaa00000002", "aaaa00000001", loopAndCondition, "");
        java("aaaa00000003", "aaaa00000002", "op.createTable(NAMES[0], column(\"id\", INTEGER));", arrayField("helped"));
        java("aaaa00000004", "aaaa00000003", "op.createTable(NAMES[0], column(\"id\", INTEGER));", arrayField("other"));
        return new RetortProcess(root);
    }

    /** An array field of the revision's class: more than plain statements, so javac compiles it. */
    private static String arrayField(String table) {
        return "    private static final String[] NAMES = {\"" + table + "\"};\n\n";
    }

    /** A Java revision whose upgrade is {@code upgrade} (on line 11 of the file) and whose class also holds {@code members}. */
    private Path java(String id, String revises, String upgrade, String members) throws IOException {
        return Files.writeString(root.resolve("migrations/versions/" + id + "_rev.java"), """
                import static dev.retort.api.Schema.*;

                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                @Revision(id = "%s", revises = {"%s"}, message = "java")
                class Rev_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                %s    @Override
                    public void downgrade(Operations op) {
                        op.execute("SELECT 1");
                    }
                }
                """.formatted(id, revises, id, upgrade, members));
    }

    private static RetortProcess.Run ok(RetortProcess.Run run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run;
    }

    private List<Path> cacheEntries() throws IOException {
        Path cache = root.resolve("migrations/.retort-cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(cache)) {
            return children.filter(child -> !child.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private List<FileTime> modifiedTimes(List<Path> entries) throws IOException {
        List<FileTime> times = new java.util.ArrayList<>();
        for (Path entry : entries) {
            times.add(Files.getLastModifiedTime(entry));
        }
        return times;
    }

    @Test
    void compileFillsTheCacheWithTheRevisionsThatNeedJavacWithoutADatabase() throws IOException {
        RetortProcess retort = environment();

        RetortProcess.Run first = ok(retort.run("compile"));

        assertThat(first.stdout()).isEmpty();
        assertThat(first.stderr()).isEqualTo("Compiled 2 revisions, 0 up to date, 1 run without javac\n");
        List<Path> entries = cacheEntries();
        assertThat(entries).hasSize(2);
        assertThat(root.resolve("migrations/.retort-cache/.gitignore")).content().contains("*");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
                    "retort.toml", "migrations");
        }

        List<FileTime> compiledAt = modifiedTimes(entries);
        assertThat(ok(retort.run("compile")).stderr())
                .isEqualTo("Compiled 0 revisions, 2 up to date, 1 run without javac\n");
        RetortProcess.Run quiet = ok(retort.run("-q", "compile"));
        assertThat(quiet.stdout() + quiet.stderr()).isEmpty();

        RetortProcess.Run upgrade = ok(retort.run("--url", "sqlite:///app.db", "upgrade", "head"));
        assertThat(upgrade.stderr()).contains("Running upgrade aaaa00000003 -> aaaa00000004, java\n");
        assertThat(cacheEntries()).isEqualTo(entries);
        assertThat(modifiedTimes(cacheEntries())).isEqualTo(compiledAt);
    }

    @Test
    void anUpgradeWhoseCacheCannotBeWrittenRunsFromMemoryAndSaysSoWhileCompileFails() throws IOException {
        RetortProcess retort = environment();
        Files.writeString(root.resolve("migrations/.retort-cache"), "a file where the cache folder would be");

        RetortProcess.Run upgrade = ok(retort.run("--url", "sqlite:///app.db", "upgrade", "head"));

        assertThat(upgrade.stderr()).containsOnlyOnce("WARNING: Cannot write compiled revisions to the cache directory")
                .contains("this run keeps them in memory")
                .contains("it is a file, not a folder: remove it")
                .contains("Running upgrade aaaa00000003 -> aaaa00000004, java\n");
        assertThat(ok(retort.run("--url", "sqlite:///app.db", "current")).stdout()).isEqualTo("aaaa00000004 (head)\n");
        RetortProcess.Run compile = retort.run("compile");
        assertThat(compile.exitCode()).isEqualTo(1);
        assertThat(compile.stderr()).startsWith("FAILED: Cannot write compiled revisions to the cache directory");
    }

    @Test
    void compileNeedsNoUsableUrlAsInAnImageBuildWhereTheVariableIsNotSet() throws IOException {
        RetortProcess retort = environment();
        Files.writeString(root.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"${RETORT_URL_SET_AT_RUN_TIME}\"\n");
        Files.writeString(root.resolve("migrations/Environment.java"),
                "class Environment implements dev.retort.hook.EnvironmentHook {\n"
                        + "    public boolean includeObject(dev.retort.hook.SchemaObject object) {\n"
                        + "        return object.name() != null;\n    }\n}\n");

        RetortProcess.Run compiled = retort.run("compile");

        assertThat(compiled.exitCode()).as(compiled.stderr()).isEqualTo(0);
        assertThat(cacheEntries()).as("two revisions and the hook").hasSize(3);
        RetortProcess.Run upgrade = retort.run("upgrade", "head");
        assertThat(upgrade.exitCode()).isEqualTo(1);
        assertThat(upgrade.stderr()).contains("uses variable 'RETORT_URL_SET_AT_RUN_TIME', which is not set");
    }

    @Test
    void compileAlsoCompilesTheEnvironmentHook() throws IOException {
        RetortProcess retort = environment();
        Path hook = root.resolve("migrations/Environment.java");
        Files.writeString(hook, "class Environment implements dev.retort.hook.EnvironmentHook {\n"
                + "    public boolean includeObject(dev.retort.hook.SchemaObject object) {\n"
                + "        return object.name() != null;\n    }\n}\n");

        ok(retort.run("compile"));
        assertThat(cacheEntries()).as("two revisions and the hook").hasSize(3);

        Files.writeString(hook, "class Environment implements dev.retort.hook.EnvironmentHook {\n"
                + "    int broken = \"\";\n}\n");
        RetortProcess.Run broken = retort.run("compile");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stderr()).startsWith("FAILED: ").contains("Environment.java:2:");
    }

    @Test
    void pruneDeletesTheEntriesOfEditedFilesAndOfEarlierVersionsAndKeepsTheHook() throws IOException {
        RetortProcess retort = environment();
        Files.writeString(root.resolve("migrations/Environment.java"), "class Environment implements"
                + " dev.retort.hook.EnvironmentHook {\n    public boolean includeObject(dev.retort.hook.SchemaObject"
                + " object) {\n        return object.name() != null;\n    }\n}\n");
        ok(retort.run("compile"));
        List<Path> compiled = cacheEntries();
        assertThat(compiled).as("two revisions and the hook").hasSize(3);

        java("aaaa00000003", "aaaa00000002", "op.createTable(NAMES[0], column(\"id\", INTEGER));",
                arrayField("edited"));
        Path earlierLayout = Files.createDirectories(root.resolve("migrations/.retort-cache/" + "ab".repeat(32)));
        Files.write(earlierLayout.resolve("Old.class"), new byte[] {1});
        RetortProcess.Run pruned = ok(retort.run("compile", "--prune"));

        assertThat(pruned.stderr())
                .isEqualTo("Compiled 1 revision, 1 up to date, 1 run without javac; pruned 2 stale entries\n");
        List<Path> entries = cacheEntries();
        assertThat(entries).hasSize(3).doesNotContain(earlierLayout);
        assertThat(entries.stream().filter(compiled::contains)).as("the hook and the unchanged revision").hasSize(2);
        assertThat(root.resolve("migrations/.retort-cache/.gitignore")).exists();
        assertThat(ok(retort.run("compile", "--prune")).stderr())
                .isEqualTo("Compiled 0 revisions, 2 up to date, 1 run without javac; pruned 0 stale entries\n");
    }

    @Test
    void compileErrorsNameEveryBrokenFileAndLineAndCacheNothing() throws IOException {
        RetortProcess retort = environment();
        Path wrongType = java("bbbb00000001", "aaaa00000004", "op.execute(42);", arrayField("x"));
        Path unknown = java("bbbb00000002", "bbbb00000001", "op.frobnicate(NAMES[0]);", arrayField("y"));

        RetortProcess.Run run = retort.run("compile");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .startsWith("FAILED: 2 Java revision files do not compile (2 errors):\n")
                .contains("  " + wrongType + ":11:20: incompatible types: int cannot be converted to")
                .contains("  " + unknown + ":11:11: cannot find symbol\n")
                .endsWith("Fix them and run again.\n");
        assertThat(cacheEntries()).isEmpty();
    }
}
