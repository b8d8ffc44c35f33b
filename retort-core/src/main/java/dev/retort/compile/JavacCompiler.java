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
import java.util.function.BiConsumer;
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
     * String concatenation as {@code StringBuilder} calls, as the JDK compiles its own {@code java.base}: by
     * default javac makes each {@code "a" + b} an {@code invokedynamic} whose first call builds method handles
     * and classes at run time, a cost each run of a revision would pay again.
     */
    static final String STRING_CONCATENATION_INLINE = "-XDstringConcat=inline";

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
        options.addAll(List.of("-proc:none", "-encoding", "UTF-8", "-g", "-implicit:none", "-nowarn", "-Xlint:none",
                STRING_CONCATENATION_INLINE));
        return List.copyOf(options);
    }

    /**
     * The class files stay in memory: the caller stores them, one cache entry per source. javac attributes and
     * generates one top-level class after the other, in the order of the files (its default policy, "by todo",
     * once every file is parsed and entered); a file's classes, nested and anonymous ones included, are written
     * one after the other, so a file is complete when the next file's first class is written.
     */
    @Override
    public void compile(List<RevisionSource> sources, List<Path> classPath,
            BiConsumer<RevisionSource, Map<String, byte[]>> compiled) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        boolean succeeded;
        ClassesInMemory output;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            files.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            output = new ClassesInMemory(files, sources, compiled);
            List<SourceFile> units = sources.stream().map(SourceFile::new).toList();
            try {
                succeeded = javac.getTask(otherOutput, output, diagnostics, OPTIONS, null, units).call();
            } catch (RuntimeException e) {
                output.throwHandOverFailure();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        output.throwHandOverFailure();
        if (!succeeded) {
            throw new RevisionCompileException(errors(diagnostics.getDiagnostics(), otherOutput.toString()));
        }
        output.handOverTheRest();
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

    /**
     * Keeps the class files javac writes, by source, instead of writing them to a folder, and hands each source's
     * over when javac goes on to the next source. What the receiver throws (a cache it cannot write, a run that
     * stopped) is kept and stops javac at the next class it writes: thrown from the stream javac closes, it would
     * be taken for a fault of javac's own.
     */
    private static final class ClassesInMemory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final List<RevisionSource> sources;
        private final Map<String, Integer> indexByPackage = new HashMap<>();
        private final BiConsumer<RevisionSource, Map<String, byte[]>> compiled;
        /** The first source not handed over yet. */
        private int next;
        private int current = -1;
        private Map<String, byte[]> classes = new HashMap<>();
        private RuntimeException handOverFailure;

        ClassesInMemory(StandardJavaFileManager files, List<RevisionSource> sources,
                BiConsumer<RevisionSource, Map<String, byte[]>> compiled) {
            super(files);
            this.sources = sources;
            this.compiled = compiled;
            for (int i = 0; i < sources.size(); i++) {
                indexByPackage.put(sources.get(i).packageName(), i);
            }
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) throws IOException {
            if (location != StandardLocation.CLASS_OUTPUT || kind != JavaFileObject.Kind.CLASS) {
                return super.getJavaFileForOutput(location, className, kind, sibling);
            }
            synchronized (this) {
                if (handOverFailure != null) {
                    throw handOverFailure;
                }
            }
            URI uri = URI.create("memory:///" + className.replace('.', '/') + kind.extension);
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return new ByteArrayOutputStream() {
                        private boolean closed;

                        @Override
                        public void close() {
                            // javac closes a file again when the first close throws.
                            if (!closed) {
                                closed = true;
                                keepOrRemember(className, toByteArray());
                            }
                        }
                    };
                }
            };
        }

        private synchronized void keepOrRemember(String className, byte[] bytes) {
            if (handOverFailure != null) {
                return;
            }
            try {
                keep(className, bytes);
            } catch (RuntimeException e) {
                handOverFailure = e;
            }
        }

        /** Throws what the receiver threw, if it did. */
        synchronized void throwHandOverFailure() {
            if (handOverFailure != null) {
                throw handOverFailure;
            }
        }

        private void keep(String className, byte[] bytes) {
            int dot = className.lastIndexOf('.');
            Integer source = indexByPackage.get(className.substring(0, Math.max(dot, 0)));
            if (source == null || source < next) {
                // Not expected of javac: revisions cannot refer to one another's classes.
                throw new IllegalStateException("javac wrote class " + className + (source == null
                        ? " outside the packages of its files" : " after the other classes of its file"));
            }
            if (source != current) {
                handOverBefore(source);
                current = source;
            }
            classes.put(className.substring(dot + 1), bytes);
        }

        /** Hands over every source before {@code end} not handed over yet; those javac wrote nothing for are empty. */
        private void handOverBefore(int end) {
            Map<String, byte[]> written = Map.copyOf(classes);
            classes = new HashMap<>();
            while (next < end) {
                int source = next++;
                compiled.accept(sources.get(source), source == current ? written : Map.of());
            }
        }

        synchronized void handOverTheRest() {
            if (handOverFailure == null) {
                handOverBefore(sources.size());
            }
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
