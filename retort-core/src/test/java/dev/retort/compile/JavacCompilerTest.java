package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.revisionWithLine9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavacCompilerTest {
    /** A revision with nested, inner, anonymous and local classes, a record, an enum, a lambda and a second class. */
    private static final String EVERY_KIND_OF_CLASS = """
            import dev.retort.api.Migration;
            import dev.retort.api.Operations;
            import dev.retort.api.Revision;

            @Revision(id = "%s", revises = {})
            class %s implements Migration {
                static class Nested { class Inner {} }
                record Pair(int a, int b) {}
                enum Kind { ONE }
                @Override
                public void upgrade(Operations op) {
                    Runnable lambda = () -> op.execute("lambda");
                    Object anonymous = new Object() {};
                    class Local {}
                    lambda.run();
                }

                @Override
                public void downgrade(Operations op) {
                    op.execute(new Helper().sql());
                }
            }

            class Helper {
                String sql() { return "undo"; }
            }
            """;

    @TempDir
    Path root;

    private final SourceCompiler javac = JavacCompiler.system().orElseThrow();

    private RevisionSource source(String id, String content) {
        return RevisionSources.read(List.of(new RevisionFiles(root).writeUnparsed(id, content)), CacheKeys.current())
                .get(0);
    }

    @Test
    void handsOverEachFileWithAllItsClassesInTheOrderOfTheFiles() {
        List<RevisionSource> sources = List.of(
                source("aaaa00000001", EVERY_KIND_OF_CLASS.formatted("aaaa00000001", "First")),
                source("aaaa00000002", revisionWithLine9("Second", "aaaa00000002", "for (int i = 0; i < 1; i++) {}")),
                source("aaaa00000003", EVERY_KIND_OF_CLASS.formatted("aaaa00000003", "Third")));
        List<String> handedOver = new ArrayList<>();

        javac.compile(sources, new RevisionCompiler(root.resolve("cache")).classPath(),
                (source, classes) -> handedOver.add(source.revisionId().orElseThrow() + " " + new TreeSet<>(classes.keySet())));

        assertThat(handedOver).containsExactly(
                "aaaa00000001 [First, First$1, First$1Local, First$Kind, First$Nested, First$Nested$Inner, First$Pair, Helper]",
                "aaaa00000002 [Second]",
                "aaaa00000003 [Helper, Third, Third$1, Third$1Local, Third$Kind, Third$Nested, Third$Nested$Inner, Third$Pair]");
    }

    @Test
    void aFileWithAnErrorStopsTheHandingOverBeforeItAndFailsTheBatch() {
        List<RevisionSource> sources = List.of(
                source("bbbb00000001", revisionWithLine9("First", "bbbb00000001", "for (int i = 0; i < 1; i++) {}")),
                source("bbbb00000002", revisionWithLine9("Second", "bbbb00000002", "int x = \"text\";")),
                source("bbbb00000003", revisionWithLine9("Third", "bbbb00000003", "for (int i = 0; i < 1; i++) {}")));
        List<String> handedOver = new ArrayList<>();

        RevisionCompileException failure = catchThrowableOfType(RevisionCompileException.class,
                () -> javac.compile(sources, new RevisionCompiler(root.resolve("cache")).classPath(),
                        (source, classes) -> handedOver.add(source.revisionId().orElseThrow())));

        assertThat(failure.getMessage()).contains("bbbb00000002_rev.java:9:");
        // The first file was written, but javac goes on to the second file's classes only once it compiled.
        assertThat(handedOver).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void whatTheReceiverThrowsStopsTheBatchAndComesOutAsItIs(boolean cacheFailure) {
        List<RevisionSource> sources = List.of(
                source("cccc00000001", revisionWithLine9("First", "cccc00000001", "for (int i = 0; i < 1; i++) {}")),
                source("cccc00000002", revisionWithLine9("Second", "cccc00000002", "for (int i = 0; i < 1; i++) {}")),
                source("cccc00000003", revisionWithLine9("Third", "cccc00000003", "for (int i = 0; i < 1; i++) {}")));
        List<String> handedOver = new ArrayList<>();
        // javac passes an IllegalStateException on, and reports any other exception as a fault of its own.
        RuntimeException stop = cacheFailure ? new CompileException("Cannot write compiled revisions")
                : new IllegalStateException("stop");

        RuntimeException failure = catchThrowableOfType(RuntimeException.class,
                () -> javac.compile(sources, new RevisionCompiler(root.resolve("cache")).classPath(), (source, classes) -> {
                    handedOver.add(source.revisionId().orElseThrow());
                    throw stop;
                }));

        assertThat(failure).isSameAs(stop);
        assertThat(handedOver).containsExactly("cccc00000001");
    }

    @Test
    void aFileWithoutClassesIsHandedOverEmptyInItsPlace() {
        List<RevisionSource> sources = List.of(
                source("dddd00000001", "// nothing but a comment\n"),
                source("dddd00000002", revisionWithLine9("Second", "dddd00000002", "for (int i = 0; i < 1; i++) {}")));
        List<Map<String, byte[]>> handedOver = new ArrayList<>();

        javac.compile(sources, new RevisionCompiler(root.resolve("cache")).classPath(),
                (source, classes) -> handedOver.add(classes));

        assertThat(handedOver).hasSize(2);
        assertThat(handedOver.get(0)).isEmpty();
        assertThat(handedOver.get(1)).containsOnlyKeys("Second");
    }
}
