package dev.retort.compile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The JDK's javac, run in-process through {@code javax.tools}. Only this class touches the compiler API,
 * so a runtime without it can still load classes compiled earlier.
 */
final class JavacCompiler implements SourceCompiler {
    private static final List<String> OPTIONS = options(Runtime.version().feature());

    private final JavaCompiler javac;

    private JavacCompiler(JavaCompiler javac) {
        this.javac = javac;
    }

    /** The running JDK's compiler; empty on a runtime that has none. */
    static Optional<SourceCompiler> system() {
        return Optional.ofNullable(ToolProvider.getSystemJavaCompiler()).map(JavacCompiler::new);
    }

    /**
     * javac's options for a JDK of this feature version. On a JDK of the target release itself, javac's own
     * platform is that release, so {@code --release} is left out: it would read the platform's signatures from
     * {@code ct.sym} instead of the running image (about 40 ms of CPU before the first file) for the same
     * class files.
     */
    static List<String> options(int runningFeature) {
        List<String> release = runningFeature == Integer.parseInt(CacheKeys.RELEASE)
                ? List.of()
                : List.of("--release", CacheKeys.RELEASE);
        List<String> options = new ArrayList<>(release);
        options.addAll(List.of("-proc:none", "-encoding", "UTF-8", "-g", "-implicit:none", "-nowarn", "-Xlint:none"));
        return List.copyOf(options);
    }

    /** The class files stay in memory: the caller stores them, one cache entry per source. */
    @Override
    public Map<String, byte[]> compile(List<RevisionSource> sources, List<Path> classPath) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        boolean compiled;
        ClassesInMemory output;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            output = new ClassesInMemory(files);
            List<SourceFile> units = sources.stream().map(SourceFile::new).toList();
            compiled = javac.getTask(otherOutput, output, diagnostics, OPTIONS, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!compiled) {
            throw new RevisionCompileException(errors(diagnostics.getDiagnostics(), otherOutput.toString()));
        }
        return output.classes();
    }

    private static List<CompileDiagnostic> errors(List<Diagnostic<? extends JavaFileObject>> reported, String otherOutput) {
        List<CompileDiagnostic> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : reported) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(toCompileDiagnostic(diagnostic));
            }
        }
        if (!otherOutput.isBlank()) {
            errors.add(new CompileDiagnostic(null, 0, 0, otherOutput.strip()));
        }
        if (errors.isEmpty()) {
            errors.add(new CompileDiagnostic(null, 0, 0, "compilation failed without an error message"));
        }
        return errors;
    }

    private static CompileDiagnostic toCompileDiagnostic(Diagnostic<? extends JavaFileObject> diagnostic) {
        String message = diagnostic.getMessage(Locale.ROOT);
        if (!(diagnostic.getSource() instanceof SourceFile file)) {
            return new CompileDiagnostic(null, 0, 0, message);
        }
        RevisionSource source = file.source;
        long line = Math.max(0, diagnostic.getLineNumber());
        long column = source.columnInFile(line, Math.max(0, diagnostic.getColumnNumber()));
        return new CompileDiagnostic(source.file(), line, column, source.withoutPackage(message));
    }

    /** Keeps the class files javac writes, by binary name, instead of writing them to a folder. */
    private static final class ClassesInMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, byte[]> classes = new HashMap<>();

        ClassesInMemory(StandardJavaFileManager files) {
            super(files);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) throws IOException {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        @Override
                        public void close() {
                            keep(className, toByteArray());
                        }
                    };
                }
            };
        }

        private synchronized void keep(String className, byte[] bytes) {
            classes.put(className, bytes);
        }

        synchronized Map<String, byte[]> classes() {
            return Map.copyOf(classes);
        }
    }

    /** A revision's text, named by its file so that diagnostics and stack traces show the file's name. */
    private static final class SourceFile extends SimpleJavaFileObject {
        final RevisionSource source;

        SourceFile(RevisionSource source) {
            super(uri(source), Kind.SOURCE);
            this.source = source;
        }

        private static URI uri(RevisionSource source) {
            return source.file().toAbsolutePath().toUri();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source.compiledText();
        }
    }
}
