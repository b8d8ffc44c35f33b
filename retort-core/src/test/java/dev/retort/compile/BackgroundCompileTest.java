package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revisionWithLine9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions javac compiles while the run goes on: each runs once its classes are written. */
class BackgroundCompileTest {
    @TempDir
    Path root;

    private final CountingCompiler javac = new CountingCompiler();
    /** Released by the test: until then javac waits after handing over its first file. */
    private final CountDownLatch goOn = new CountDownLatch(1);

    /** javac, waiting for {@link #goOn} once it has handed over the first file of a batch. */
    private final SourceCompiler pausingAfterTheFirstFile = (sources, classPath, compiled) -> {
        int[] handedOver = {0};
        javac.compile(sources, classPath, (source, classes) -> {
            compiled.accept(source, classes);
            if (handedOver[0]++ == 0) {
                await(goOn);
            }
        });
    };

    private RevisionCompiler compiler(SourceCompiler sourceCompiler) {
        return new RevisionCompiler(root.resolve("cache"), List.of(), () -> Optional.of(sourceCompiler),
                CacheKeys.current());
    }

    private RevisionScript needingJavac(String className, String id, String sql) {
        return new RevisionFiles(root.resolve("versions")).write(id,
                revisionWithLine9(className, id, "for (int i = 0; i < 1; i++) op.execute(\"" + sql + "\");"));
    }

    private static List<String> upgrade(Migration migration) throws Exception {
        List<String> calls = new ArrayList<>();
        migration.upgrade(recording(calls));
        return calls;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long cacheEntries() throws Exception {
        try (Stream<Path> entries = Files.list(root.resolve("cache"))) {
            return entries.filter(entry -> entry.toString().endsWith(".jar")).count();
        }
    }

    @Test
    void aRevisionRunsOnceItsClassesAreWrittenWhileTheFilesAfterItStillCompile() throws Exception {
        List<RevisionScript> scripts = List.of(needingJavac("First", "aaaa00000001", "one"),
                needingJavac("Second", "aaaa00000002", "two"), needingJavac("Third", "aaaa00000003", "three"));

        CompilingMigrations migrations = compiler(pausingAfterTheFirstFile).loadCompilingInBackground(scripts);

        assertThat(migrations.migrations()).containsOnlyKeys("aaaa00000001", "aaaa00000002", "aaaa00000003");
        // javac is waiting after the first file: that one runs, the others are not there yet.
        assertThat(upgrade(migrations.migrations().get("aaaa00000001"))).containsExactly("execute(one)");
        assertThat(cacheEntries()).isEqualTo(1);
        goOn.countDown();
        migrations.awaitCompiled();
        assertThat(upgrade(migrations.migrations().get("aaaa00000003"))).containsExactly("execute(three)");
        assertThat(cacheEntries()).isEqualTo(3);
        assertThat(javac.batches()).hasSize(1);
    }

    @Test
    void revisionsMadeOfOperationCallsAndCachedOnesAreReadyAtOnce() throws Exception {
        RevisionScript cached = needingJavac("Cached", "bbbb00000001", "cached");
        compiler(javac).compile(List.of(cached));
        RevisionScript plain = new RevisionFiles(root.resolve("versions"))
                .write("bbbb00000002", RevisionFiles.revision("Plain", "bbbb00000002", "plain"));
        RevisionScript compiling = needingJavac("Compiling", "bbbb00000003", "compiling");

        CompilingMigrations migrations = compiler(pausingAfterTheFirstFile)
                .loadCompilingInBackground(List.of(cached, plain, compiling));

        assertThat(migrations.migrations().keySet()).containsExactly("bbbb00000001", "bbbb00000002", "bbbb00000003");
        assertThat(upgrade(migrations.migrations().get("bbbb00000001"))).containsExactly("execute(cached)");
        assertThat(upgrade(migrations.migrations().get("bbbb00000002"))).containsExactly("execute(plain)");
        goOn.countDown();
        assertThat(upgrade(migrations.migrations().get("bbbb00000003"))).containsExactly("execute(compiling)");
        assertThat(javac.batches()).containsExactly(List.of("bbbb00000001_rev.java"), List.of("bbbb00000003_rev.java"));
    }

    @Test
    void aFileThatDoesNotCompileFailsEveryRevisionStillWaitingAndTheWholeBatch() throws Exception {
        RevisionFiles files = new RevisionFiles(root.resolve("versions"));
        List<RevisionScript> scripts = List.of(needingJavac("First", "cccc00000001", "one"),
                needingJavac("Second", "cccc00000002", "two"),
                files.write("cccc00000003", revisionWithLine9("Third", "cccc00000003", "int x = \"text\";")));
        goOn.countDown();

        CompilingMigrations migrations = compiler(pausingAfterTheFirstFile).loadCompilingInBackground(scripts);

        RevisionCompileException waiting = catchThrowableOfType(RevisionCompileException.class,
                () -> upgrade(migrations.migrations().get("cccc00000003")));
        assertThat(waiting.getMessage()).contains("cccc00000003_rev.java:9:").contains("incompatible types");
        assertThat(catchThrowableOfType(RevisionCompileException.class, migrations::awaitCompiled))
                .isSameAs(waiting);
    }

    @Test
    void classesThatAreNotAValidRevisionFailTheBatchWithEveryFileThatIsNot() throws Exception {
        RevisionFiles files = new RevisionFiles(root.resolve("versions"));
        String throwing = revisionWithLine9("Throwing", "dddd00000002", "for (int i = 0; i < 1; i++) {}")
                .replace("class Throwing implements Migration {",
                        "class Throwing implements Migration {\n    Throwing() { throw new IllegalStateException(\"no\"); }");
        List<RevisionScript> scripts = List.of(needingJavac("First", "dddd00000001", "one"),
                files.write("dddd00000002", throwing));
        goOn.countDown();

        CompilingMigrations migrations = compiler(pausingAfterTheFirstFile).loadCompilingInBackground(scripts);

        RevisionLoadException failure = catchThrowableOfType(RevisionLoadException.class, migrations::awaitCompiled);
        assertThat(failure.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.file().getFileName()).hasToString("dddd00000002_rev.java"));
        assertThat(upgrade(migrations.migrations().get("dddd00000001"))).containsExactly("execute(one)");
        assertThat(catchThrowableOfType(RevisionLoadException.class,
                () -> upgrade(migrations.migrations().get("dddd00000002")))).isSameAs(failure);
    }

    @Test
    void aStoppedBatchCommitsNoFurtherFile() throws Exception {
        List<RevisionScript> scripts = List.of(needingJavac("First", "eeee00000001", "one"),
                needingJavac("Second", "eeee00000002", "two"), needingJavac("Third", "eeee00000003", "three"));

        CompilingMigrations migrations = compiler(pausingAfterTheFirstFile).loadCompilingInBackground(scripts);
        upgrade(migrations.migrations().get("eeee00000001"));
        migrations.stop();
        goOn.countDown();

        assertThat(catchThrowableOfType(CancellationException.class, migrations::awaitCompiled)).isNotNull();
        assertThat(cacheEntries()).isEqualTo(1);
    }
}
