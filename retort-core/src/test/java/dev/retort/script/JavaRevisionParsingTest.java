package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRevisionParsingTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private BrokenRevisionFileException broken(String content) throws IOException {
        Path file = file("broken.java", content);
        try {
            RevisionFileParser.parse(file);
        } catch (BrokenRevisionFileException e) {
            assertThat(e.path()).isEqualTo(file);
            return e;
        }
        throw new AssertionError("expected the file to be refused:\n" + content);
    }

    @Test
    void readsEveryElementOfTheAnnotation() throws IOException {
        Path file = file("3c1e_add_index.java", """
                import dev.retort.api.Migration;
                import dev.retort.api.Operations;
                import dev.retort.api.Revision;

                /**
                 * add an index
                 */
                @Revision(
                        id = "3c1e2fa09b11",
                        revises = {"ae1027a6acf0", "27c6a30d7c24"},
                        branchLabels = {"reporting"},
                        dependsOn = {"55b2c0e41d10", "networking"},
                        message = "add an index",
                        createDate = "2026-11-22 10:00:00.123456")
                class AddAnIndex_3c1e2fa09b11 implements Migration {
                    public void upgrade(Operations op) { op.execute("CREATE INDEX ix ON t (c)"); }
                    public void downgrade(Operations op) { }
                }
                """);

        RevisionScript script = RevisionFileParser.parse(file);

        assertThat(script.revision()).isEqualTo(new Revision("3c1e2fa09b11",
                List.of("ae1027a6acf0", "27c6a30d7c24"), List.of("reporting"), List.of("55b2c0e41d10", "networking")));
        assertThat(script.message()).isEqualTo("add an index");
        assertThat(script.createDate()).isEqualTo("2026-11-22 10:00:00.123456");
        assertThat(script.path()).isEqualTo(file);
        assertThat(script.format()).isEqualTo(RevisionFormat.JAVA);
        assertThat(script.docstring()).isEqualTo("""
                add an index

                Revision ID: 3c1e2fa09b11
                Revises: ae1027a6acf0, 27c6a30d7c24
                Create Date: 2026-11-22 10:00:00.123456""");
        assertThat(script.doc()).isEqualTo("add an index");
    }

    @Test
    void absentOrEmptyRevisesMakesABase() throws IOException {
        RevisionScript absent = RevisionFileParser.parse(file("a.java", "@Revision(id = \"a1\") class A {}"));
        RevisionScript empty = RevisionFileParser.parse(file("b.java", "@Revision(id = \"b1\", revises = {}) class B {}"));

        assertThat(absent.revision()).isEqualTo(Revision.of("a1"));
        assertThat(empty.revision()).isEqualTo(Revision.of("b1"));
        assertThat(absent.message()).isEmpty();
        assertThat(absent.docstring()).isEqualTo("empty message\n\nRevision ID: a1\nRevises: \nCreate Date:");
    }

    @Test
    void acceptsCommentsWhitespaceQualifiedNamesSingleValuesAndTrailingCommas() throws IOException {
        Path file = file("x.java", """
                // a comment with @Revision(id = "not-this") in it
                /* and @Revision(id = "nor-this") */
                @SuppressWarnings({"unused", "x"}) @Deprecated
                @ dev . retort . api . Revision ( /* c */ id /* c */ = // c
                    "x1" , revises = "p1" ,
                    branchLabels = { "l1" , } , dependsOn = { }
                )
                final class X {
                    @Revision(id = "nested") class Inner {}
                }
                """);

        RevisionScript script = RevisionFileParser.parse(file);

        assertThat(script.revision()).isEqualTo(new Revision("x1", List.of("p1"), List.of("l1"), List.of()));
    }

    @Test
    void decodesJavaStringEscapes() throws IOException {
        Path file = file("e.java", "@Revision(id = \"e1\", message = \"q\\\"uote \\\\ back\\nnew\\ttab \\u00e9\\uuu0041"
                + " \\101\\0\\377 \\s \\' end\") class E {}");

        RevisionScript script = RevisionFileParser.parse(file);

        assertThat(script.message()).isEqualTo("q\"uote \\ back\nnew\ttab \u00e9A A\0\u00ff   ' end");
    }

    @Test
    void readsAnAnnotationFarIntoALongFile() throws IOException {
        String longComment = "// " + "x".repeat(100) + "\n";
        String content = longComment.repeat(200) + "@Revision(id = \"far\", message = \"" + "é".repeat(5000)
                + "\") class Far {}\n";

        RevisionScript script = RevisionFileParser.parse(file("far.java", content));

        assertThat(script.id()).isEqualTo("far");
        assertThat(script.message()).hasSize(5000);
    }

    @Test
    void readsAnnotationsWhoseFileIsLongerThanWhatIsRead() throws IOException {
        String content = "@Revision(id = \"early\") class Early {\n" + ("    // filler é\n").repeat(2000) + "}\n";

        assertThat(RevisionFileParser.parse(file("early.java", content)).id()).isEqualTo("early");
    }

    @Test
    void refusesAFileWithoutTheAnnotation() throws IOException {
        BrokenRevisionFileException e = broken("import x;\n\n@Deprecated\nclass A {\n  @Revision(id = \"n\") class B {}\n}\n");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).isEqualTo("no @Revision annotation on the top-level class; add @Revision(id = \"...\","
                + " revises = {...}) before the class declaration");
        assertThat(e.getMessage()).isEqualTo(e.path() + ":4: " + e.reason());
    }

    @Test
    void refusesASecondTopLevelClassAnnotatedRevision() throws IOException {
        BrokenRevisionFileException e = broken("@Revision(id = \"aaaa\") class A {\n"
                + "  // @Revision in a comment, \"@Revision\" in a string, and a nested class are no second revision\n"
                + "  @Revision(id = \"nested\") class Inner {}\n}\n\n@dev.retort.api.Revision(id = \"bbbb\")\nclass B {}\n");

        assertThat(e.line()).isEqualTo(6);
        assertThat(e.reason()).isEqualTo("a second top-level class is annotated @Revision; keep one revision class"
                + " per file");
    }

    @Test
    void takesAnnotationsOfNestedClassesAndTheWordInCommentsForNoSecondRevision() throws IOException {
        Path file = file("one.java", "@Revision(id = \"aaaa\") class A {\n  // see @Revision\n"
                + "  String s = \"@Revision(id = 'x')\";\n  @Revision(id = \"nested\") class Inner {}\n}\n");

        assertThat(RevisionFileParser.parse(file).id()).isEqualTo("aaaa");
    }

    @Test
    void namesAnArrayLeftOpenBeforeTheNextElement() throws IOException {
        BrokenRevisionFileException e = broken("@Revision(id = \"a\",\n revises = {\"p\",\n branchLabels = {\"x\"})"
                + " class A {}");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).isEqualTo("the array of 'revises' has no closing '}' before 'branchLabels ='");
    }

    @Test
    void refusesAnAnnotationWithoutId() throws IOException {
        BrokenRevisionFileException e = broken("\n@Revision(\n  revises = {})\nclass A {}");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).isEqualTo("@Revision has no 'id' element");
    }

    @Test
    void refusesConstantsAndConcatenation() throws IOException {
        BrokenRevisionFileException constant = broken("@Revision(id = \"a\",\n message = MESSAGE) class A {}");
        BrokenRevisionFileException concatenation = broken("@Revision(id = \"a\",\n\n message = \"a\" + \"b\") class A {}");
        BrokenRevisionFileException inArray = broken("@Revision(id = \"a\", revises = {Ids.P}) class A {}");
        BrokenRevisionFileException call = broken("@Revision(id = \"a\".trim()) class A {}");

        assertThat(constant.line()).isEqualTo(2);
        assertThat(constant.reason()).isEqualTo("the value of 'message' must be a string literal, not 'MESSAGE';"
                + " retort reads revision metadata without compiling, so constants cannot be used");
        assertThat(concatenation.line()).isEqualTo(3);
        assertThat(concatenation.reason()).isEqualTo("the value of 'message' is a concatenation; retort reads"
                + " revision metadata without compiling, so write it as one string literal");
        assertThat(inArray.reason()).startsWith("the value of 'revises' must be a string literal, not 'Ids'");
        assertThat(call.reason()).startsWith("the value of 'id' is an expression");
    }

    @Test
    void refusesMalformedAnnotations() throws IOException {
        assertThat(broken("@Revision class A {}").reason())
                .isEqualTo("@Revision has no elements; it needs at least id = \"...\"");
        assertThat(broken("@Revision(\"abc\") class A {}").reason())
                .isEqualTo("expected an element name such as id = \"...\" in @Revision, found a string literal");
        assertThat(broken("@Revision(id = \"a\", label = \"x\") class A {}").reason())
                .isEqualTo("@Revision has no element 'label'; its elements are id, revises, branchLabels,"
                        + " dependsOn, message, createDate");
        assertThat(broken("@Revision(id = \"a\",\n id = \"b\") class A {}").line()).isEqualTo(2);
        assertThat(broken("@Revision(id = \"a\", message = {\"x\"}) class A {}").reason())
                .isEqualTo("'message' must be a single string literal, not an array");
        assertThat(broken("@Revision(id = \"a\", message = \"\"\"\n  x\n  \"\"\") class A {}").reason())
                .isEqualTo("the value of 'message' is a text block; write it as a string literal");
        assertThat(broken("@Revision(id = \"a\", revises = {\"p\", \"\"}) class A {}").reason())
                .isEqualTo("'revises' has an empty entry");
        assertThat(broken("@Revision(id = \"a\", revises = {\"p\", \"p\"}) class A {}").reason())
                .isEqualTo("'revises' lists 'p' twice");
        assertThat(broken("@Revision(id = \"a\"").reason()).isEqualTo("the @Revision annotation is not closed");
    }

    @Test
    void refusesBadLiteralsAndComments() throws IOException {
        BrokenRevisionFileException unclosed = broken("@Revision(\n id = \"abc\n) class A {}");
        BrokenRevisionFileException escape = broken("@Revision(id = \"a\\qb\") class A {}");
        BrokenRevisionFileException comment = broken("class A {}\n/* never closed\n");

        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(unclosed.reason()).isEqualTo("string literal is not closed on its line");
        assertThat(escape.reason()).isEqualTo("invalid escape sequence '\\q' in a string literal");
        assertThat(comment.line()).isEqualTo(2);
        assertThat(comment.reason()).isEqualTo("comment opened here is never closed with */");
    }

    @Test
    void refusesInvalidRevisionIds() throws IOException {
        BrokenRevisionFileException reserved = broken("@Revision(\n\n  id = \"x@y\") class A {}");
        BrokenRevisionFileException empty = broken("@Revision(id = \"\") class A {}");

        assertThat(reserved.line()).isEqualTo(3);
        assertThat(reserved.reason()).isEqualTo("Character(s) '@' not allowed in revision identifier 'x@y'");
        assertThat(empty.reason()).isEqualTo("A revision identifier cannot be empty");
    }

    @Test
    void refusesFilesThatAreNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.java");
        Files.write(file, "// a Latin-1 file\n@Revision(id = \"a\", message = \"caf\u00e9\") class A {}"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> RevisionFileParser.parse(file))
                .isInstanceOf(BrokenRevisionFileException.class)
                .hasMessage(file + ":2: not valid UTF-8 text (byte 53 of the file); revision files are read as UTF-8");
    }

    @Test
    void acceptsAReplacementCharacterWrittenInTheFile() throws IOException {
        RevisionScript script = RevisionFileParser.parse(file("r.java", "@Revision(id = \"r\", message = \"\uFFFD\") class R {}"));

        assertThat(script.message()).isEqualTo("\uFFFD");
    }

    @Test
    void refusesMissingFilesAndOtherExtensions() {
        Path missing = dir.resolve("missing.java");
        Path other = dir.resolve("notes.txt");

        assertThatThrownBy(() -> RevisionFileParser.parse(missing)).hasMessage(missing + ": does not exist");
        assertThatThrownBy(() -> RevisionFileParser.parse(other))
                .hasMessage(other + ": not a revision file: the file name must end in .java or .sql");
    }
}
