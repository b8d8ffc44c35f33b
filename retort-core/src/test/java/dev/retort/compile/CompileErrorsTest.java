package dev.retort.compile;

import static dev.retort.compile.RevisionFiles.revision;
import static dev.retort.compile.RevisionFiles.revisionWithLine9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileErrorsTest {

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

    @Test
    void compileErrorsNameEveryBrokenFileWithItsLineAndCacheNothing() throws IOException {
        RevisionScript good = files().write("a1", revision("Good_a1", "a1", "fine"));
        RevisionScript wrongType = files().write("b2", revisionWithLine9("WrongType_b2", "b2", "        op.execute(42);"));
        RevisionScript unknown = files().write("c3", revisionWithLine9("Unknown_c3", "c3", "        op.frobnicate();"));

        RevisionCompileException thrown = catchThrowableOfType(RevisionCompileException.class,
                () -> compiler().load(List.of(good, wrongType, unknown)));

        assertThat(thrown.diagnostics())
                .extracting(CompileDiagnostic::file, CompileDiagnostic::line, CompileDiagnostic::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(wrongType.path(), 9L, 20L),
                        org.assertj.core.groups.Tuple.tuple(unknown.path(), 9L, 11L));
        assertThat(thrown.getMessage())
                .startsWith("2 Java revision files do not compile (2 errors):\n")
                .contains("  " + wrongType.path() + ":9:20: incompatible types: int cannot be converted to")
                .contains("  " + unknown.path() + ":9:11: cannot find symbol\n")
                .contains("location: variable op of type dev.retort.api.Operations")
                .endsWith("\nFix them and run again.");
        assertThat(javac.batches()).hasSize(1);
        assertThat(cacheContents()).isEmpty();
    }

    @Test
    void filesThatCompileAfterAFailedBatchAreCompiledInTheNextOne() {
        RevisionScript good = files().write("a1", revision("Good_a1", "a1", "fine"));
        RevisionScript broken = files().write("b2", revisionWithLine9("Broken_b2", "b2", "        op.execute(42);"));
        assertThatThrownBy(() -> compiler().load(List.of(good, broken))).isInstanceOf(RevisionCompileException.class);

        RevisionScript fixed = files().write("b2", revision("Broken_b2", "b2", "fixed"));
        compiler().load(List.of(good, fixed));

        assertThat(javac.batches()).containsExactly(
                List.of("a1_rev.java", "b2_rev.java"), List.of("a1_rev.java", "b2_rev.java"));
    }

    @Test
    void messagesDoNotShowThePackageARevisionIsCompiledInto() {
        RevisionScript script = files().write("a1", revisionWithLine9("Self_a1", "a1",
                "        Self_a1 other = this; other.missing();"));

        RevisionCompileException thrown = catchThrowableOfType(RevisionCompileException.class,
                () -> compiler().load(List.of(script)));

        assertThat(thrown.getMessage())
                .contains("location: variable other of type Self_a1")
                .doesNotContainPattern("r_[0-9a-f]{16}");
    }

    @Test
    void columnsOnTheFirstLineAreCountedAsWritten() {
        String source = "import dev.retort.api.Missing; import dev.retort.api.*;\n"
                + "@Revision(id = \"a1\") class First_a1 implements Migration {\n"
                + "    public void upgrade(Operations op) {}\n"
                + "    public void downgrade(Operations op) {}\n"
                + "}\n";
        RevisionScript script = files().write("a1", source);

        RevisionCompileException thrown = catchThrowableOfType(RevisionCompileException.class,
                () -> compiler().load(List.of(script)));

        // javac places this error on the dot before the missing name.
        long dot = source.indexOf(".Missing") + 1;
        assertThat(thrown.diagnostics()).singleElement()
                .extracting(CompileDiagnostic::line, CompileDiagnostic::column)
                .containsExactly(1L, dot);
    }

    @Test
    void aRevisionCannotUseAnotherRevisionsClass() {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript second = files().write("b2", revisionWithLine9("Second_b2", "b2",
                "        new First_a1().upgrade(op);"));

        RevisionCompileException thrown = catchThrowableOfType(RevisionCompileException.class,
                () -> compiler().load(List.of(first, second)));

        assertThat(thrown.diagnostics()).singleElement().satisfies(diagnostic -> {
            assertThat(diagnostic.file()).isEqualTo(second.path());
            assertThat(diagnostic.line()).isEqualTo(9);
            assertThat(diagnostic.message()).startsWith("cannot find symbol").contains("class First_a1");
        });
    }

    @Test
    void aPublicClassIsReportedAgainstItsFile() {
        String source = revision("Public_a1", "a1", "x").replace("\nclass Public_a1", "\npublic class Public_a1");
        RevisionScript script = files().write("a1", source);

        RevisionCompileException thrown = catchThrowableOfType(RevisionCompileException.class,
                () -> compiler().load(List.of(script)));

        assertThat(thrown.diagnostics()).singleElement()
                .extracting(CompileDiagnostic::file, CompileDiagnostic::line)
                .containsExactly(script.path(), 6L);
    }

    @Test
    void aClassWhoseIdDiffersFromTheFilesIsRejectedNamingTheFile() {
        RevisionScript script = files().writeUnparsed("other", revision("First_a1", "a1", "one"));

        assertThatThrownBy(() -> compiler().load(List.of(script)))
                .isInstanceOf(RevisionLoadException.class)
                .hasMessage("1 Java revision cannot be loaded:\n  " + script.path() + ": class First_a1 declares "
                        + "@Revision(id = \"a1\") but the file was read as revision 'other'; make them agree\n"
                        + "Fix it; no revision was loaded.");
    }

    @Test
    void everyInvalidRevisionClassIsReportedAtOnceNamingItsFile() {
        RevisionScript unannotated = files().writeUnparsed("a1", revision("Plain_a1", "a1", "one")
                .replace("@Revision(id = \"a1\", revises = {})\n", ""));
        RevisionScript notMigration = files().write("b2",
                "import dev.retort.api.Revision;\n\n@Revision(id = \"b2\")\nclass NotMigration_b2 {\n}\n");
        RevisionScript failingConstructor = files().write("c3", revision("Failing_c3", "c3", "x")
                .replace("implements Migration {", "implements Migration {\n"
                        + "    Failing_c3() { throw new IllegalStateException(\"no\"); }"));
        RevisionScript noClass = files().writeUnparsed("d4", "// nothing here\n");
        RevisionScript fine = files().write("e5", revision("Fine_e5", "e5", "fine"));
        RevisionScript failingStatic = files().write("f6", revision("Static_f6", "f6", "x")
                .replace("implements Migration {", "implements Migration {\n"
                        + "    static final int DIVIDED = 1 / Integer.parseInt(\"0\");"));

        RevisionLoadException thrown = catchThrowableOfType(RevisionLoadException.class,
                () -> compiler().load(List.of(unannotated, notMigration, failingConstructor, noClass, fine,
                        failingStatic)));

        assertThat(thrown.problems()).extracting(RevisionLoadProblem::toString).containsExactly(
                unannotated.path() + ": declares no class annotated @Revision (found Plain_a1); annotate the "
                        + "revision's class with @Revision(id = ...)",
                notMigration.path() + ": class NotMigration_b2 is annotated @Revision but does not implement "
                        + "dev.retort.api.Migration",
                failingConstructor.path() + ": the constructor of class Failing_c3 threw "
                        + "java.lang.IllegalStateException: no at line 7",
                noClass.path() + ": declares no class; a revision file holds one class annotated @Revision that "
                        + "implements Migration",
                failingStatic.path() + ": the static initialization of class Static_f6 threw "
                        + "java.lang.ArithmeticException: / by zero at line 7");
        assertThat(thrown.getMessage()).startsWith("5 Java revisions cannot be loaded:\n");
        assertThat(thrown.getSuppressed()).extracting(Throwable::getClass).containsExactly(IllegalStateException.class,
                ArithmeticException.class);
    }

    @Test
    void aFileWithAPackageDeclarationIsRejectedBeforeCompiling() {
        RevisionScript script = files().writeUnparsed("a1",
                "/* header\n */\npackage migrations;\n" + revision("First_a1", "a1", "one"));

        assertThatThrownBy(() -> compiler().load(List.of(script)))
                .isInstanceOf(RevisionLoadException.class)
                .hasMessageContaining(script.path() + ": line 3 declares a package; revision files have no package "
                        + "declaration, remove it");
        assertThat(javac.batches()).isEmpty();
    }

    @Test
    void twoFilesWithOneRevisionIdAreRejected() {
        RevisionScript first = files().write("a1", revision("First_a1", "a1", "one"));
        RevisionScript copy = RevisionFiles.parse(files().writeFile("copy.java", revision("Copy_a1", "a1", "two")));

        assertThatThrownBy(() -> compiler().load(List.of(first, copy)))
                .isInstanceOf(RevisionLoadException.class)
                .hasMessageContaining(copy.path() + ": revision id 'a1' is also declared by " + first.path());
    }

    @Test
    void anUnreadableFileIsReportedWithItsPath() throws IOException {
        RevisionScript script = files().write("a1", revision("First_a1", "a1", "one"));
        Files.delete(script.path());

        assertThatThrownBy(() -> compiler().load(List.of(script)))
                .isInstanceOf(RevisionLoadException.class)
                .hasMessageContaining(script.path() + ": cannot be read (java.nio.file.NoSuchFileException");
    }

    @Test
    void packageDeclarationsAreFoundOnlyAsTheFirstToken() {
        assertThat(RevisionSource.packageDeclarationLine("// c\n\n  package a.b;")).isEqualTo(3);
        assertThat(RevisionSource.packageDeclarationLine("/* a\n b */ package a;")).isEqualTo(2);
        assertThat(RevisionSource.packageDeclarationLine("import a.b; // package x;")).isZero();
        assertThat(RevisionSource.packageDeclarationLine("packages x;")).isZero();
        assertThat(RevisionSource.packageDeclarationLine("/* package x; */ class A {}")).isZero();
        assertThat(RevisionSource.packageDeclarationLine("")).isZero();
    }

    private List<Path> cacheContents() throws IOException {
        if (!Files.exists(cache())) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(cache())) {
            return children.toList();
        }
    }
}
