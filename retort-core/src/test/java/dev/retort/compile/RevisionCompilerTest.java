package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionCompilerTest {

    @TempDir
    Path root;

    private final CountingCompiler javac = new CountingCompiler();

    private RevisionFiles files() {
        return new RevisionFiles(root.resolve("versions"));
    }

    private Path cache() {
        return root.resolve("cache");
    }

    private RevisionCompiler compiler() {
        return new RevisionCompiler(cache(), List.of(), javac, CacheKeys.current());
    }

    private static List<String> upgrade(Migration migration) throws Exception {
        List<String> calls = new ArrayList<>();
        migration.upgrade(recording(calls));
        return calls;
    }

    @Test
    void compilesARevisionAndRunsItsUpgradeAndDowngrade() throws Exception {
        RevisionScript script = files().write("1975ea83b712",
                revision("CreateAccountTable_1975ea83b712", "1975ea83b712", "CREATE TABLE account (id INT)"));

        Map<String, Migration> migrations = new RevisionCompiler(cache()).load(List.of(script));

        assertThat(migrations).containsOnlyKeys("1975ea83b712");
        Migration migration = migrations.get("1975ea83b712");
        List<String> calls = upgrade(migration);
        migration.downgrade(recording(calls));
        assertThat(calls).containsExactly(
                "execute(CREATE TABLE account (id INT))", "execute(undo CREATE TABLE account (id INT))");
        assertThat(migration.getClass().getSimpleName()).isEqualTo("CreateAccountTable_1975ea83b712");
    }

    @Test
    void compilingAheadCompilesOnlyStaleRevisionsThatAreMoreThanOperationCalls() throws Exception {
        RevisionScript plain = files().write("a1", revision("Plain_a1", "a1", "one"));
        String withField = revision("Field_b2", "b2", "x").replace("op.execute(\"x\");", "op.execute(SQL[0]);")
                .replace("implements Migration {", "implements Migration {\n    private static final String[] SQL = {\"two\"};\n");
        RevisionScript field = files().write("b2", withField);
        RevisionScript other = files().write("c3", withField.replace("b2", "c3").replace("two", "three"));

        CompileSummary first = compiler().compileNotPlain(List.of(plain, field, other));
        CompileSummary again = compiler().compileNotPlain(List.of(plain, field, other));

        assertThat(first).isEqualTo(new CompileSummary(2, 0, 1));
        assertThat(again).isEqualTo(new CompileSummary(0, 2, 1));
        assertThat(javac.batches()).containsExactly(List.of("b2_rev.java", "c3_rev.java"));
        List<String> calls = upgrade(compiler().loadWithoutCompilingPlain(List.of(field)).get("b2"));
        assertThat(calls).containsExactly("execute(two)");
        assertThat(javac.batches()).hasSize(1);
    }

    /** What compiles but a run would refuse is refused by compiling ahead too: the build fails, not the deploy. */
    @Test
    void compilingAheadRefusesWhatARunWouldRefuse() throws Exception {
        String twoClasses = revision("First_d4", "d4", "x").replace("op.execute(\"x\");", "for (int i = 0; i < 1; i++) { }")
                // Past the part of the file its header is read from, so that only loading it finds the second class.
                + "\n//" + " padding".repeat(1200)
                + "\n@dev.retort.api.Revision(id = \"d5\", revises = {\"d4\"}, message = \"second\")\n"
                + "class Second_d5 implements Migration {\n    public void upgrade(Operations op) {}\n"
                + "    public void downgrade(Operations op) {}\n}\n";
        RevisionScript file = files().write("d4", twoClasses);

        assertThatThrownBy(() -> compiler().compileNotPlain(List.of(file)))
                .isInstanceOf(RevisionLoadException.class)
                .hasMessageContaining("d4_rev.java").hasMessageContaining("keep one per file");
    }

    @Test
    void aSecondLoadOfUnchangedFilesNeverRunsJavac() throws Exception {
        List<RevisionScript> scripts = List.of(
                files().write("a1", revision("First_a1", "a1", "one")),
                files().write("b2", revision("Second_b2", "b2", "two")));
        compiler().load(scripts);
        List<FileTime> stamped = entryTimes();

        Map<String, Migration> again = compiler().load(scripts);

        assertThat(javac.batches()).containsExactly(List.of("a1_rev.java", "b2_rev.java"));
        assertThat(entryTimes()).isEqualTo(stamped).hasSize(2);
        assertThat(upgrade(again.get("a1"))).containsExactly("execute(one)");
        assertThat(upgrade(again.get("b2"))).containsExactly("execute(two)");
    }

    @Test
    void anEditedFileIsCompiledAgainAloneAndRunsItsNewCode() throws Exception {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript second = files().write("b2", revision("Second_b2", "b2", "two"));
        compiler().load(List.of(first, second));

        RevisionScript edited = files().write("b2", revision("Second_b2", "b2", "two, edited"));
        Map<String, Migration> migrations = compiler().load(List.of(first, edited));

        assertThat(javac.batches()).containsExactly(List.of("a1_rev.java", "b2_rev.java"), List.of("b2_rev.java"));
        assertThat(upgrade(migrations.get("b2"))).containsExactly("execute(two, edited)");
    }

    @Test
    void compilesManyFilesInOneBatchAndLoadsEach() throws Exception {
        List<RevisionScript> scripts = IntStream.range(0, 200)
                .mapToObj(i -> files().write("r" + i, revision("Revision_r" + i, "r" + i, "statement " + i)))
                .toList();

        Map<String, Migration> migrations = compiler().load(scripts);

        assertThat(javac.batches()).hasSize(1);
        assertThat(javac.batches().get(0)).hasSize(200);
        assertThat(migrations).hasSize(200);
        assertThat(migrations.keySet()).containsExactlyElementsOf(scripts.stream().map(RevisionScript::id).toList());
        assertThat(upgrade(migrations.get("r0"))).containsExactly("execute(statement 0)");
        assertThat(upgrade(migrations.get("r199"))).containsExactly("execute(statement 199)");
    }

    @Test
    void twoRevisionsDeclaringTheSameClassNameCompileInOneBatchAndKeepTheirOwnCode() throws Exception {
        RevisionScript first = files().write("a1", revision("AddIndex", "a1", "index on a"));
        RevisionScript second = files().write("b2", revision("AddIndex", "b2", "index on b"));

        Map<String, Migration> migrations = compiler().load(List.of(first, second));

        assertThat(javac.batches()).containsExactly(List.of("a1_rev.java", "b2_rev.java"));
        assertThat(upgrade(migrations.get("a1"))).containsExactly("execute(index on a)");
        assertThat(upgrade(migrations.get("b2"))).containsExactly("execute(index on b)");
        assertThat(migrations.get("a1").getClass().getSimpleName()).isEqualTo("AddIndex");
        assertThat(migrations.get("a1").getClass().getClassLoader())
                .isNotSameAs(migrations.get("b2").getClass().getClassLoader());
        Map<String, Migration> cached = compiler().load(List.of(first, second));
        assertThat(upgrade(cached.get("a1"))).containsExactly("execute(index on a)");
        assertThat(upgrade(cached.get("b2"))).containsExactly("execute(index on b)");
    }

    @Test
    void revisionsLoadWithTheApiLoaderAsParent() {
        Migration migration = compiler().load(List.of(files().write("a1", revision("First_a1", "a1", "one")))).get("a1");

        assertThat(migration.getClass().getClassLoader().getParent()).isSameAs(Migration.class.getClassLoader());
    }

    @Test
    void stackTracesShowTheFileNameAndTheLineAsWritten() {
        RevisionScript script = files().write("a1", RevisionFiles.revisionWithLine9("Failing_a1", "a1",
                "        throw new IllegalStateException(\"boom\");"));
        Migration migration = compiler().load(List.of(script)).get("a1");

        assertThatThrownBy(() -> migration.upgrade(recording(new ArrayList<>())))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(thrown -> assertThat(Arrays.stream(thrown.getStackTrace())
                        .filter(frame -> frame.getMethodName().equals("upgrade")).findFirst().orElseThrow())
                        .extracting(StackTraceElement::getFileName, StackTraceElement::getLineNumber)
                        .containsExactly("a1_rev.java", 9));
    }

    @Test
    void nestedAndAnonymousClassesOfARevisionLoad() throws Exception {
        String source = """
                import dev.retort.api.*;
                import java.util.function.Supplier;

                @Revision(id = "n1")
                class Nested_n1 implements Migration {
                    static final class Table { String name() { return "account"; } }

                    public void upgrade(Operations op) {
                        Supplier<String> sql = new Supplier<>() {
                            public String get() { return "CREATE TABLE " + new Table().name(); }
                        };
                        op.execute(sql.get());
                    }

                    public void downgrade(Operations op) {
                        Runnable drop = () -> op.execute("DROP TABLE account");
                        drop.run();
                    }
                }
                """;
        Migration migration = compiler().load(List.of(files().write("n1", source))).get("n1");

        List<String> calls = upgrade(migration);
        migration.downgrade(recording(calls));
        assertThat(calls).containsExactly("execute(CREATE TABLE account)", "execute(DROP TABLE account)");
    }

    @Test
    void revisionsMayUseClassesOnTheExtraClassPath() throws Exception {
        Path library = root.resolve("library");
        Path helperSource = new RevisionFiles(root.resolve("src/com/example")).writeFile("Tables.java",
                "package com.example;\npublic final class Tables {\n    public static String account() {"
                        + " return \"account\"; }\n}\n");
        Files.createDirectories(library);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", library.toString(),
                helperSource.toString());
        assertThat(status).isZero();
        RevisionScript script = files().write("a1", RevisionFiles.revisionWithLine9("UsesHelper_a1", "a1",
                "        op.execute(\"DROP TABLE \" + com.example.Tables.account());"));

        Map<String, Migration> migrations = new RevisionCompiler(cache(), List.of(library)).load(List.of(script));

        assertThat(upgrade(migrations.get("a1"))).containsExactly("execute(DROP TABLE account)");
    }

    @Test
    void theClassPathStartsWhereTheApiComesFrom() {
        assertThat(compiler().classPath()).hasSize(1);
        assertThat(compiler().classPath().get(0).resolve("dev/retort/api/Migration.class")).exists();
    }

    @Test
    void aDamagedCacheEntryIsCompiledAgainInsteadOfBlamingTheSource() throws Exception {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript second = files().write("b2", revision("Second_b2", "b2", "two"));
        compiler().load(List.of(first, second));
        List<Path> entries = entries();
        Files.writeString(entries.get(0), "not a jar at all");
        byte[] whole = Files.readAllBytes(entries.get(1));
        Files.write(entries.get(1), Arrays.copyOf(whole, whole.length / 2));
        RevisionScript third = files().write("c3", revision("Third_c3", "c3", "three"));
        compiler().load(List.of(third));
        Path thirdEntry = entries().stream().filter(entry -> !entries.contains(entry)).findFirst().orElseThrow();
        rewriteClassesWithGarbage(thirdEntry);

        Map<String, Migration> again = compiler().load(List.of(first, second, third));

        assertThat(upgrade(again.get("a1"))).containsExactly("execute(one)");
        assertThat(upgrade(again.get("b2"))).containsExactly("execute(two)");
        assertThat(upgrade(again.get("c3"))).containsExactly("execute(three)");
        assertThat(javac.batches()).hasSize(5);
        assertThat(entries()).hasSize(3).allSatisfy(entry -> assertThat(ClassCache.classesIn(entry)).isNotEmpty());
    }

    /** A whole jar of valid classes that are another file's: copied over the right one, say. */
    @Test
    void aCacheEntryHoldingAnotherFilesClassesIsCompiledAgain() throws Exception {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript second = files().write("b2", revision("Second_b2", "b2", "two"));
        compiler().load(List.of(first));
        Path firstEntry = entries().get(0);
        compiler().load(List.of(second));
        Path secondEntry = entries().stream().filter(entry -> !entry.equals(firstEntry)).findFirst().orElseThrow();
        Files.copy(firstEntry, secondEntry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Map<String, Migration> again = compiler().load(List.of(first, second));

        assertThat(upgrade(again.get("b2"))).containsExactly("execute(two)");
        assertThat(javac.batches()).hasSize(3);
    }

    /** A whole jar whose class files are the right names with bytes that are no class. */
    private static void rewriteClassesWithGarbage(Path entry) throws IOException {
        Map<String, byte[]> classes = ClassCache.classesIn(entry);
        try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(entry))) {
            for (String name : classes.keySet()) {
                jar.putNextEntry(new ZipEntry(name + ".class"));
                jar.write("garbage, not a class".getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }

    @Test
    void anEntryIsReadOnlyWhenItIsAWholeJarOfClassFiles() throws Exception {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one")
                .replace("implements Migration {", "implements Migration {\n    static class Helper {}\n"));
        compiler().load(List.of(script));
        Path entry = entries().get(0);
        byte[] whole = Files.readAllBytes(entry);
        assertThat(ClassCache.classesIn(entry)).containsOnlyKeys("First_a1", "First_a1$Helper");

        Files.write(entry, Arrays.copyOf(whole, whole.length - 1));
        assertThatThrownBy(() -> ClassCache.classesIn(entry)).isInstanceOf(ZipException.class);
        int secondEntry = indexOf(whole, new byte[] {'P', 'K', 3, 4}, 4);
        Files.write(entry, Arrays.copyOf(whole, secondEntry));
        assertThatThrownBy(() -> ClassCache.classesIn(entry)).as("cut after the first class")
                .isInstanceOf(ZipException.class);
        Files.write(entry, "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ClassCache.classesIn(entry)).isInstanceOf(ZipException.class);
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        for (int i = from; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    @Test
    void compilingAheadTakesADamagedEntryForStale() throws Exception {
        String withField = revision("Field_b2", "b2", "x").replace("op.execute(\"x\");", "op.execute(SQL[0]);")
                .replace("implements Migration {", "implements Migration {\n    private static final String[] SQL = {\"two\"};\n");
        RevisionScript field = files().write("b2", withField);
        compiler().compileNotPlain(List.of(field));
        Files.writeString(entries().get(0), "");

        CompileSummary again = compiler().compileNotPlain(List.of(field));

        assertThat(again).isEqualTo(new CompileSummary(1, 0, 0));
        assertThat(upgrade(compiler().loadWithoutCompilingPlain(List.of(field)).get("b2"))).containsExactly("execute(two)");
    }

    @Test
    void cacheEntriesGetTheFolderOwnersDefaultPermissionsNotPrivateOnes() throws Exception {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one"));
        compiler().load(List.of(script));
        Path plainFile = Files.createFile(cache().resolve("made-as-any-file"));
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");

        assertThat(Files.getPosixFilePermissions(entries().get(0)))
                .isEqualTo(Files.getPosixFilePermissions(plainFile));
    }

    @Test
    void cachedClassesAreClassFilesOfTheTargetRelease() throws IOException {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one"));

        new RevisionCompiler(cache()).load(List.of(script));

        Path entry;
        try (Stream<Path> walk = Files.walk(cache())) {
            entry = walk.filter(file -> file.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            JarEntry classFile = jar.getJarEntry("First_a1.class");
            byte[] header = jar.getInputStream(classFile).readNBytes(8);
            int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            assertThat(major).isEqualTo(44 + Integer.parseInt(CacheKeys.RELEASE));
        }
    }

    @Test
    void javacIsToldTheReleaseOnlyOnAnotherJdk() {
        int target = Integer.parseInt(CacheKeys.RELEASE);

        assertThat(JavacCompiler.options(target)).doesNotContain("--release");
        assertThat(JavacCompiler.options(target + 4)).containsSequence("--release", CacheKeys.RELEASE);
    }

    @Test
    void loadingNoScriptsNeitherCompilesNorCreatesTheCache() {
        assertThat(compiler().load(List.of())).isEmpty();

        assertThat(javac.batches()).isEmpty();
        assertThat(cache()).doesNotExist();
    }

    @Test
    void sqlScriptsAreNotAccepted() {
        Path sql = files().writeFile("a1_rev.sql",
                "-- m\n--\n-- Revision ID: a1\n-- Revises: \n\n-- retort:upgrade\n\n-- retort:downgrade\n");
        RevisionScript script = RevisionFiles.parse(sql);

        assertThatThrownBy(() -> compiler().load(List.of(script)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Java revision: " + sql);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> walk = Files.list(cache())) {
            return walk.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private List<FileTime> entryTimes() throws IOException {
        try (Stream<Path> walk = Files.walk(cache())) {
            return walk.filter(file -> file.toString().endsWith(".jar")).sorted().map(file -> {
                try {
                    return Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
