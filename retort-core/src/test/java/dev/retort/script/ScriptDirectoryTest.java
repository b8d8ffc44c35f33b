package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptDirectoryTest {

    @TempDir
    Path root;

    private Path java(Path folder, String name, String id, String... revises) throws IOException {
        String parents = List.of(revises).stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
        return write(folder.resolve(name), "@Revision(id = \"" + id + "\", revises = {" + parents + "})\nclass C_"
                + id + " {}\n");
    }

    private Path sql(Path folder, String name, String id, String revises) throws IOException {
        return write(folder.resolve(name), "-- m\n--\n-- Revision ID: " + id + "\n-- Revises: " + revises
                + "\n\n-- retort:upgrade\n\n-- retort:downgrade\n");
    }

    private static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> ids(ScriptDirectory directory) {
        return directory.scripts().stream().map(RevisionScript::id).collect(Collectors.toList());
    }

    @Test
    void loadsLocationsInOrderAndFilesInSortedNameOrderWithinEach() throws IOException {
        Path versions = root.resolve("versions");
        Path networking = root.resolve("networking");
        java(versions, "b_second.java", "b2", "a1");
        sql(versions, "a_first.sql", "a1", "");
        java(versions, "c_third.java", "c3", "b2");
        java(networking, "a_net.java", "n1");

        ScriptDirectory directory = ScriptDirectory.load(List.of(networking, versions));

        assertThat(ids(directory)).containsExactly("n1", "a1", "b2", "c3");
        assertThat(directory.revisions()).containsExactly(
                Revision.of("n1"), Revision.of("a1"), Revision.of("b2", "a1"), Revision.of("c3", "b2"));
        assertThat(directory.versionLocations()).containsExactly(networking, versions);
        assertThat(directory.script("b2")).map(RevisionScript::path).contains(versions.resolve("b_second.java"));
        assertThat(directory.script("b")).isEmpty();
    }

    @Test
    void readsFilesOfAFolderBeforeItsSubfoldersAndSubfoldersInSortedOrder() throws IOException {
        // versions/z.java, versions/2026/a.java, versions/2026/11/a.java, versions/2026/12/a.java, versions/2027/a.java
        Path versions = root.resolve("versions");
        java(versions.resolve("2027"), "a.java", "y2027");
        java(versions.resolve("2026/12"), "a.java", "m12");
        java(versions.resolve("2026"), "a.java", "y2026");
        java(versions.resolve("2026/11"), "a.java", "m11");
        java(versions, "z.java", "top");

        assertThat(ids(ScriptDirectory.load(List.of(versions)))).containsExactly("top", "y2026", "m11", "m12", "y2027");
    }

    @Test
    void sortsNamesByCodePointAsPythonDoes() throws IOException {
        Path versions = root.resolve("versions");
        java(versions, "\uFF41.java", "fullwidth");
        java(versions, "\uD83D\uDE00.java", "emoji");
        java(versions, "B.java", "upper");
        java(versions, "a.java", "lower");

        assertThat(ids(ScriptDirectory.load(List.of(versions)))).containsExactly("upper", "lower", "fullwidth", "emoji");
    }

    @Test
    void ignoresOtherFilesHiddenFilesEditorFilesAndCacheFolders() throws IOException {
        Path versions = root.resolve("versions");
        java(versions, "a.java", "a1");
        write(versions.resolve("notes.txt"), "not a revision");
        write(versions.resolve("Old.class"), "binary");
        write(versions.resolve(".#a.java"), "editor lock");
        write(versions.resolve(".hidden.sql"), "hidden");
        write(versions.resolve("package-info.java"), "package x;");
        write(versions.resolve("__pycache__/x.java"), "cache");
        write(versions.resolve(".git/y.sql"), "hidden folder");
        write(versions.resolve(".java"), "no name");

        assertThat(ids(ScriptDirectory.load(List.of(versions)))).containsExactly("a1");
    }

    @Test
    void readsAFileReachedThroughTwoLocationsOnce() throws IOException {
        Path versions = root.resolve("versions");
        java(versions.resolve("sub"), "a.java", "a1");

        assertThat(ids(ScriptDirectory.load(List.of(versions, versions.resolve("sub"))))).containsExactly("a1");
    }

    @Test
    void refusesMissingVersionLocationsNamingThem() throws IOException {
        Path versions = Files.createDirectories(root.resolve("versions"));
        Path missing = root.resolve("missing");
        Path other = root.resolve("other");
        Path file = write(root.resolve("file"), "");

        assertThatThrownBy(() -> ScriptDirectory.load(List.of(versions, missing)))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Version location " + missing + " does not exist; create it, or fix version_locations"
                        + " in the configuration (or script_location, whose versions folder is the one version location"
                        + " unless version_locations is set)");
        assertThatThrownBy(() -> ScriptDirectory.load(List.of(missing, file, other)))
                .hasMessage("Version locations " + missing + ", " + file + " (not a folder), " + other + " do not"
                        + " exist; create them, or fix version_locations in the configuration (or script_location,"
                        + " whose versions folder is the one version location unless version_locations is set)");
    }

    @Test
    void refusesAnEmptyListOfLocations() {
        assertThatThrownBy(() -> ScriptDirectory.load(List.of()))
                .isInstanceOf(ScriptException.class)
                .hasMessage("No version locations are configured; set version_locations or script_location");
    }

    @Test
    void loadsAnEmptyLocation() throws IOException {
        Path versions = Files.createDirectories(root.resolve("versions"));

        assertThat(ScriptDirectory.load(List.of(versions)).scripts()).isEmpty();
    }

    @Test
    void reportsEveryBrokenFileTogetherAndLoadsNothing() throws IOException {
        Path versions = root.resolve("versions");
        java(versions, "a.java", "a1");
        Path noId = write(versions.resolve("b.java"), "\n@Revision(revises = {\"a1\"}) class B {}");
        Path constant = write(versions.resolve("sub/c.java"), "@Revision(id = ID) class C {}");
        Path noMarker = write(versions.resolve("d.sql"), "-- Revision ID: d1\n-- Revises: a1\n");
        java(versions, "e.java", "e1", "a1");

        assertThatThrownBy(() -> ScriptDirectory.load(List.of(versions)))
                .isInstanceOfSatisfying(BrokenRevisionFilesException.class, e -> {
                    assertThat(e.problems()).extracting(RevisionFileProblem::path).containsExactly(noId, noMarker, constant);
                    assertThat(e.problems()).extracting(RevisionFileProblem::line).containsExactly(2, 0, 1);
                    assertThat(e.getMessage()).isEqualTo("3 revision files cannot be read:\n"
                            + "  " + noId + ":2: @Revision has no 'id' element\n"
                            + "  " + noMarker + ": no '-- retort:upgrade' marker line; the upgrade statements follow it\n"
                            + "  " + constant + ":1: the value of 'id' must be a string literal, not 'ID'; retort reads"
                            + " revision metadata without compiling, so constants cannot be used\n"
                            + "Fix or remove them; no revision was loaded.");
                });
    }

    /** Opening a named pipe waits for a writer, so it is refused, with the other broken files, before anything is read. */
    @Test
    void reportsANamedPipeAsNotARegularFileInsteadOfWaitingForIt() throws Exception {
        Path versions = root.resolve("versions");
        java(versions, "a.java", "a1");
        Path pipe = versions.resolve("b.sql");
        Path linked = versions.resolve("c.java");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Files.createSymbolicLink(linked, pipe);

        BrokenRevisionFilesException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> catchThrowableOfType(() -> ScriptDirectory.load(List.of(versions)),
                        BrokenRevisionFilesException.class));

        assertThat(e.getMessage()).isEqualTo("2 revision files cannot be read:\n"
                + "  " + pipe + ": not a regular file (a named pipe, a socket or a device); replace it with the"
                + " revision's file, or remove it\n"
                + "  " + linked + ": not a regular file (a named pipe, a socket or a device); replace it with the"
                + " revision's file, or remove it\n"
                + "Fix or remove them; no revision was loaded.");
    }

    /** Ids longer than Alembic's 32 characters load, as Alembic loads them, for a widened version table. */
    @Test
    void loadsAFileWhoseIdIsLongerThanANewRevisionsMayBe() throws IOException {
        Path versions = root.resolve("versions");
        java(versions, "a.java", "a1");
        sql(versions, "c.sql", "c".repeat(47), "a1");

        assertThat(ids(ScriptDirectory.load(List.of(versions)))).containsExactly("a1", "c".repeat(47));
    }

    @Test
    void reportsFilesDeclaringAReservedIdWithTheRestOfTheBrokenFiles() throws IOException {
        Path versions = root.resolve("versions");
        java(versions, "a.java", "a1");
        Path reserved = java(versions, "b.java", "base", "a1");
        Path head = sql(versions, "d.sql", "head", "a1");

        assertThatThrownBy(() -> ScriptDirectory.load(List.of(versions)))
                .isInstanceOf(BrokenRevisionFilesException.class)
                .hasMessage("2 revision files cannot be read:\n"
                        + "  " + reserved + ":1: Revision identifier 'base' is reserved: it is a symbol of the revision"
                        + " grammar (head, heads, base, current), so a revision with this id could not be addressed;"
                        + " choose another id\n"
                        + "  " + head + ":3: Revision identifier 'head' is reserved: it is a symbol of the revision"
                        + " grammar (head, heads, base, current), so a revision with this id could not be addressed;"
                        + " choose another id\n"
                        + "Fix or remove them; no revision was loaded.");
    }

    @Test
    void reportsARevisionIdDeclaredTwice() throws IOException {
        Path versions = root.resolve("versions");
        Path first = java(versions, "a.java", "a1");
        Path second = sql(versions, "b.sql", "a1", "");

        assertThatThrownBy(() -> ScriptDirectory.load(List.of(versions)))
                .isInstanceOf(BrokenRevisionFilesException.class)
                .hasMessage("1 revision file cannot be read:\n  " + second + ":3: revision id 'a1' is already declared"
                        + " by " + first + "\nFix or remove it; no revision was loaded.");
    }

    @Test
    void loadsFiveThousandJavaRevisions() throws IOException {
        Path versions = root.resolve("versions");
        String previous = null;
        for (int i = 0; i < 5000; i++) {
            String id = String.format("%012x", 0xabc000000L + i);
            String revises = previous == null ? "{}" : "{\"" + previous + "\"}";
            write(versions.resolve(id + "_step_" + i + ".java"), "import dev.retort.api.Migration;\n"
                    + "import dev.retort.api.Operations;\nimport dev.retort.api.Revision;\n\n/**\n * step " + i
                    + "\n */\n@Revision(\n        id = \"" + id + "\",\n        revises = " + revises + ",\n"
                    + "        message = \"step " + i + "\",\n        createDate = \"2026-11-22 10:00:00.123456\")\n"
                    + "class Step" + i + "_" + id + " implements Migration {\n\n    @Override\n"
                    + "    public void upgrade(Operations op) {\n        op.execute(\"CREATE TABLE t" + i + " (id INT)\");\n"
                    + "    }\n\n    @Override\n    public void downgrade(Operations op) {\n"
                    + "        op.execute(\"DROP TABLE t" + i + "\");\n    }\n}\n");
            previous = id;
        }

        ScriptDirectory directory = ScriptDirectory.load(List.of(versions));

        assertThat(directory.scripts()).hasSize(5000);
        assertThat(directory.revisions().get(4999)).isEqualTo(Revision.of(previous, String.format("%012x", 0xabc000000L + 4998)));
        assertThat(directory.script(previous)).map(RevisionScript::message).contains("step 4999");
    }
}
