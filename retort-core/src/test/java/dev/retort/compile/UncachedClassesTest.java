package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.recording;
import static dev.retort.compile.RevisionFiles.revisionWithLine9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache folder that cannot be written (here one under a regular file, which no user can create; a read-only
 * checkout in practice): a run keeps what javac compiled in memory and says so once, as Python runs a module whose
 * bytecode it cannot write; compiling ahead, whose work is the cache, fails.
 */
class UncachedClassesTest {
    @TempDir
    Path root;

    private final CountingCompiler javac = new CountingCompiler();
    private final List<String> warnings = new ArrayList<>();
    private Path cache;

    @BeforeEach
    void cacheUnderARegularFile() throws Exception {
        Path file = Files.writeString(root.resolve("checkout"), "a file, not a folder");
        cache = file.resolve(".retort-cache");
    }

    private RevisionCompiler compiler() {
        return new RevisionCompiler(cache, List.of(), javac, CacheKeys.current());
    }

    private RevisionCompiler keepingInMemory() {
        return compiler().keepingInMemoryWhenUncached(warnings::add);
    }

    private List<RevisionScript> twoNeedingJavac() {
        RevisionFiles files = new RevisionFiles(root.resolve("versions"));
        return List.of(
                files.write("aaaa00000001", revisionWithLine9("First", "aaaa00000001",
                        "for (int i = 0; i < 1; i++) op.execute(\"one\");")),
                files.write("aaaa00000002", revisionWithLine9("Second", "aaaa00000002",
                        "for (int i = 0; i < 1; i++) op.execute(\"two\");")));
    }

    private static List<String> upgradeAll(Map<String, Migration> migrations) throws Exception {
        List<String> calls = new ArrayList<>();
        for (Migration migration : migrations.values()) {
            migration.upgrade(recording(calls));
        }
        return calls;
    }

    @Test
    void aRunKeepsTheClassesInMemoryAndSaysWhyOnce() throws Exception {
        Map<String, Migration> migrations = keepingInMemory().loadWithoutCompilingPlain(twoNeedingJavac());

        assertThat(upgradeAll(migrations)).containsExactly("execute(one)", "execute(two)");
        assertThat(warnings).singleElement().asString()
                .startsWith("Cannot write compiled revisions to the cache directory " + cache + " (")
                .contains("this run keeps them in memory, and the next compiles them again")
                .contains("'retort compile'");
        assertThat(Files.exists(cache)).isFalse();
    }

    @Test
    void aRunCompilingInBackgroundKeepsTheClassesInMemoryToo() throws Exception {
        CompilingMigrations compiling = keepingInMemory().loadCompilingInBackground(twoNeedingJavac());

        assertThat(upgradeAll(compiling.migrations())).containsExactly("execute(one)", "execute(two)");
        compiling.awaitCompiled();
        assertThat(warnings).hasSize(1);
    }

    @Test
    void theClassesKeptInMemoryAreNotCompiledAgainByTheSameCompiler() throws Exception {
        RevisionCompiler compiler = keepingInMemory();
        List<RevisionScript> scripts = twoNeedingJavac();

        compiler.loadWithoutCompilingPlain(scripts);
        Map<String, Migration> again = compiler.loadWithoutCompilingPlain(scripts);

        assertThat(javac.batches()).hasSize(1);
        assertThat(upgradeAll(again)).containsExactly("execute(one)", "execute(two)");
    }

    @Test
    void withoutBeingAllowedToKeepThemALoadFails() {
        assertThatThrownBy(() -> compiler().loadWithoutCompilingPlain(twoNeedingJavac()))
                .isInstanceOf(CompileException.class)
                .hasMessageStartingWith("Cannot write compiled revisions to the cache directory " + cache)
                .hasMessageContaining("make it writable for this user, or run 'retort compile'");
    }

    @Test
    void compilingAheadFailsThoughARunMayKeepTheClasses() {
        List<RevisionScript> scripts = twoNeedingJavac();

        assertThatThrownBy(() -> keepingInMemory().compileNotPlain(scripts)).isInstanceOf(CompileException.class);
        assertThatThrownBy(() -> keepingInMemory().compile(scripts)).isInstanceOf(CompileException.class);
        assertThat(warnings).isEmpty();
        assertThat(Files.exists(cache)).isFalse();
    }
}
