package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revision.Revision;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever the default templates write, the parser reads back the same metadata. */
class RevisionRoundTripProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00.123456Z"), ZoneId.of("UTC"));
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Path project;
    private static Path environment;

    @BeforeContainer
    static void scaffold() throws IOException {
        project = Files.createTempDirectory("retort-round-trip");
        environment = project.resolve("migrations");
        EnvironmentTemplates.scaffold("generic", environment, project.resolve("retort.toml"), project);
    }

    @AfterContainer
    static void cleanUp() {
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        } catch (IOException bestEffort) {
            // a temporary folder; shrinking a failure may still be writing to it
        }
    }

    private static Path freshVersions() throws IOException {
        return Files.createDirectories(project.resolve("versions-" + COUNTER.incrementAndGet()));
    }

    private static RevisionWriter writer(Optional<ZoneId> timezone) {
        return new RevisionWriter(environment, "{rev}_{slug}", 40, timezone, CLOCK);
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.MIXIN)
    void writtenRevisionsReadBackIdentically(@ForAll("revisions") NewRevision revision,
            @ForAll("timezones") Optional<ZoneId> timezone) throws IOException {
        Path file = writer(timezone).write(revision, freshVersions());

        RevisionScript script = RevisionFileParser.parse(file);

        assertThat(script.revision()).isEqualTo(new Revision(revision.id(), revision.revises(),
                revision.branchLabels(), revision.dependsOn()));
        assertThat(script.message()).isEqualTo(revision.messageOrDefault());
        assertThat(script.createDate()).isEqualTo(CreateDate.now(CLOCK, timezone).text());
        assertThat(script.format()).isEqualTo(revision.format());
        assertThat(ScriptDirectory.load(List.of(file.getParent())).scripts()).containsExactly(script);
    }

    /** Compiles a batch of written Java revisions and compares what javac read with what the parser read. */
    @Property(tries = 3, edgeCases = EdgeCasesMode.NONE)
    void javacReadsTheSameAnnotationAsTheParser(@ForAll("javaRevisionBatches") List<NewRevision> batch) throws Exception {
        Path versions = freshVersions();
        List<Path> files = new ArrayList<>();
        for (NewRevision revision : batch) {
            files.add(writer(Optional.empty()).write(revision, versions));
        }
        Path classes = Files.createDirectories(versions.resolve("classes"));
        compile(files, classes);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Path file : files) {
                RevisionScript script = RevisionFileParser.parse(file);
                String className = ClassNames.of(Slugs.slug(script.message().equals("empty message") ? null
                        : script.message(), 40), script.id());
                dev.retort.api.Revision compiled = loader.loadClass(className).getAnnotation(dev.retort.api.Revision.class);
                assertThat(compiled.id()).isEqualTo(script.id());
                assertThat(List.of(compiled.revises())).isEqualTo(script.revision().downRevisions());
                assertThat(List.of(compiled.branchLabels())).isEqualTo(script.revision().branchLabels());
                assertThat(List.of(compiled.dependsOn())).isEqualTo(script.revision().dependsOn());
                assertThat(compiled.message()).isEqualTo(script.message());
                assertThat(compiled.createDate()).isEqualTo(script.createDate());
            }
        }
    }

    private static void compile(List<Path> files, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-Xlint:none",
                "-classpath", System.getProperty("java.class.path"), "-d", classes.toString()));
        files.forEach(file -> arguments.add(file.toString()));
        StringWriter errors = new StringWriter();
        int status = javac.run(null, null, null, arguments.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
    }

    @Provide
    Arbitrary<Optional<ZoneId>> timezones() {
        return Arbitraries.of(Optional.empty(), Optional.of(ZoneId.of("UTC")), Optional.of(ZoneId.of("Asia/Kolkata")),
                Optional.of(ZoneId.of("America/St_Johns")));
    }

    @Provide
    Arbitrary<NewRevision> revisions() {
        return revisions(Arbitraries.of(RevisionFormat.class));
    }

    @Provide
    Arbitrary<List<NewRevision>> javaRevisionBatches() {
        return revisions(Arbitraries.just(RevisionFormat.JAVA)).list().ofMinSize(20).ofMaxSize(60)
                .uniqueElements(NewRevision::id);
    }

    private static Arbitrary<NewRevision> revisions(Arbitrary<RevisionFormat> formats) {
        Arbitrary<String> id = ids();
        Arbitrary<List<String>> parents = id.list().ofMaxSize(3).uniqueElements();
        Arbitrary<List<String>> labels = names().list().ofMaxSize(2).uniqueElements();
        Arbitrary<List<String>> dependencies = Arbitraries.oneOf(id, names()).list().ofMaxSize(2).uniqueElements();
        Arbitrary<String> body = Arbitraries.of("SELECT 1;", "UPDATE t SET a = 'x; y';\nDELETE FROM t;").injectNull(0.5);
        return Combinators.combine(id, parents, labels, dependencies, messages(), formats, body)
                .as((newId, revises, branchLabels, dependsOn, message, format, sql) -> new NewRevision(newId, revises,
                        branchLabels, dependsOn, message, format, format == RevisionFormat.SQL ? sql : null, null,
                        List.of()));
    }

    private static Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(12),
                Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.', 'é', 'ß', '$', '中').ofMinLength(1)
                        .ofMaxLength(10).filter(id -> !id.startsWith(".")));
    }

    private static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '.', 'ü').ofMinLength(1).ofMaxLength(8);
    }

    // Fragments chosen to break naive writers: quotes, backslashes, unicode escapes written out, comment
    // ends, line breaks of every kind, control characters, non-Latin and supplementary characters, and
    // lines that look like header fields.
    private static Arbitrary<String> messages() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().withChars(' ').ofMaxLength(12),
                Arbitraries.of("\"", "'", "\\", "\\u0041", "\\\\u0022", "\\uZZ", "*/", "/*", "//", "\n", "\r\n", "\r",
                        "\t", "\u0001", "\u007f", "\f", "é", "中文", "😀", "\uD835\uDC00", "  ", "{}", "{{id}}", "$",
                        "\nRevision ID: fake", "\nRevises: a", "\n-- x", "--", "@Revision(id = \"no\")", "\u2028"));
        return fragment.list().ofMaxSize(8).map(parts -> String.join("", parts)).injectNull(0.1);
    }
}
