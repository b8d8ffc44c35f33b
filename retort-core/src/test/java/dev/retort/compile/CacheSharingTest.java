package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revision;
import static dev.retort.compile.RevisionFiles.revisionWithLine9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache as shared by runtimes without a compiler, other retort versions and concurrent processes. */
class CacheSharingTest {

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

    private RevisionCompiler withoutJavac() {
        return new RevisionCompiler(cache(), List.of(), Optional::empty, CacheKeys.current());
    }

    private static List<String> upgrade(Migration migration) throws Exception {
        List<String> calls = new ArrayList<>();
        migration.upgrade(recording(calls));
        return calls;
    }

    @Test
    void classesCompiledAheadOfTimeLoadWithoutACompiler() throws Exception {
        List<RevisionScript> scripts = List.of(
                files().write("a1", revision("First_a1", "a1", "one")),
                files().write("b2", revision("Second_b2", "b2", "two")));
        assertThat(compiler().compile(scripts)).isEqualTo(2);

        Map<String, Migration> migrations = withoutJavac().load(scripts);

        assertThat(upgrade(migrations.get("b2"))).containsExactly("execute(two)");
        assertThat(compiler().compile(scripts)).isZero();
    }

    @Test
    void withoutACompilerStaleFilesAskForAJdkAndNameEachFile() {
        RevisionScript compiled = files().write("a1", revision("First_a1", "a1", "one"));
        compiler().compile(List.of(compiled));
        RevisionScript stale = files().write("b2", revision("Second_b2", "b2", "two"));

        CompilerUnavailableException thrown = catchThrowableOfType(CompilerUnavailableException.class,
                () -> withoutJavac().load(List.of(compiled, stale)));

        assertThat(thrown.files()).containsExactly(stale.path());
        assertThat(thrown.getMessage())
                .startsWith("1 Java revision needs compiling, but this Java runtime (")
                .contains(") has no Java compiler:\n  " + stale.path() + "\n")
                .contains("Run retort on a JDK (not a JRE), or compile the revisions ahead of time")
                .contains(cache().toString());
    }

    @Test
    void anotherRetortVersionCompilesItsOwnClasses() {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one"));
        compiler().load(List.of(script));

        CacheKeys otherVersion = new CacheKeys(new byte[] {1, 2, 3});
        new RevisionCompiler(cache(), List.of(), javac, otherVersion).load(List.of(script));

        assertThat(javac.batches()).hasSize(2);
        assertThat(otherVersion.keyOf(new byte[] {7})).isNotEqualTo(CacheKeys.current().keyOf(new byte[] {7}));
    }

    @Test
    void cacheEntriesAreJarsNamedByKeyHoldingTheClassFiles() throws IOException {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one") + "\nclass Helper_a1 {}\n");
        compiler().load(List.of(script));

        String key = CacheKeys.current().keyOf(Files.readAllBytes(script.path()));
        assertThat(children(cache())).containsExactly(cache().resolve(key + ".jar"));
        try (ZipFile jar = new ZipFile(cache().resolve(key + ".jar").toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName)).containsExactly("First_a1.class", "Helper_a1.class");
        }
    }

    @Test
    void aRevisionReadsItsOwnClassFileAsAResourceFromItsEntry() throws Exception {
        RevisionScript script = files().write("a1", revisionWithLine9("Self_a1", "a1",
                "        op.execute(String.valueOf(getClass().getResource(\"Self_a1.class\")));"));

        List<String> calls = upgrade(compiler().load(List.of(script)).get("a1"));

        String key = CacheKeys.current().keyOf(Files.readAllBytes(script.path()));
        String url = calls.get(0).replaceFirst("^execute\\((.*)\\)$", "$1");
        assertThat(url).startsWith("jar:" + cache().resolve(key + ".jar").toUri()).endsWith("!/Self_a1.class");
        try (InputStream in = URI.create(url).toURL().openStream()) {
            assertThat(in.readNBytes(4)).containsExactly(0xCA, 0xFE, 0xBA, 0xBE);
        }
    }

    @Test
    void twoProcessesCompilingTheSameFilesAtOnceBothSucceed() throws Exception {
        List<RevisionScript> scripts = List.of(
                files().write("a1", revision("First_a1", "a1", "one")),
                files().write("b2", revision("Second_b2", "b2", "two")));
        CyclicBarrier bothCompiling = new CyclicBarrier(2);
        SourceCompiler inStep = (sources, classPath, compiled) -> {
            Map<RevisionSource, Map<String, byte[]>> classes = new LinkedHashMap<>();
            javac.compile(sources, classPath, classes::put);
            await(bothCompiling);
            classes.forEach(compiled);
        };
        ExecutorService processes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<String, Migration>>> loads = Stream.generate(() -> processes.submit(() ->
                    new RevisionCompiler(cache(), List.of(), () -> Optional.of(inStep), CacheKeys.current())
                            .load(scripts))).limit(2).toList();
            for (Future<Map<String, Migration>> load : loads) {
                assertThat(upgrade(load.get(60, TimeUnit.SECONDS).get("b2"))).containsExactly("execute(two)");
            }
        } finally {
            processes.shutdownNow();
        }
        assertThat(javac.batches()).hasSize(2);
        assertThat(children(cache())).hasSize(2)
                .allMatch(entry -> CacheKeys.isKey(entry.getFileName().toString().replace(".jar", "")));
    }

    @Test
    void pruningDeletesEntriesOfFilesNoLongerUsedAndNothingElse() throws IOException {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript second = files().write("b2", revision("Second_b2", "b2", "two"));
        compiler().load(List.of(first, second));
        RevisionScript edited = files().write("b2", revision("Second_b2", "b2", "two, edited"));
        compiler().load(List.of(first, edited));
        Path notes = Files.createDirectories(cache().resolve("notes"));
        Path abandoned = Files.writeString(cache().resolve(".batch-abandoned-1-1.jar"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofMinutes(11))));
        Path writing = Files.writeString(cache().resolve(".batch-writing-2-1.jar"), "half");

        int deleted = compiler().prune(List.of(first, edited));

        assertThat(deleted).isEqualTo(1);
        assertThat(children(cache())).hasSize(4).contains(notes, writing).doesNotContain(abandoned);
        compiler().load(List.of(first, edited));
        assertThat(javac.batches()).hasSize(2);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
