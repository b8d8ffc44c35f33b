package dev.retort.autogenerate.render;

import dev.retort.api.Migration;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/** Compiles one revision source in memory with javac, as retort compiles revisions, and instantiates it. */
final class InMemoryJavac {
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^class (\\w+) implements Migration");
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private InMemoryJavac() {
    }

    /** The migration the source declares; fails with javac's messages and the source when it does not compile. */
    static Migration migration(String source) {
        Matcher matcher = CLASS_NAME.matcher(source);
        if (!matcher.find()) {
            throw new AssertionError("no migration class in:\n" + source);
        }
        String className = matcher.group(1);
        Map<String, ByteArrayOutputStream> classes = new HashMap<>();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(apiLocation()));
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            boolean compiled = JAVAC.getTask(new StringWriter(), new Memory(standard, classes), diagnostics,
                    List.of("-proc:none", "--release", "17", "-encoding", "UTF-8", "-nowarn"), null, List.of(unit)).call();
            if (!compiled) {
                throw new AssertionError(diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n")) + "\n" + numbered(source));
            }
            return instantiate(className, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Migration instantiate(String className, Map<String, ByteArrayOutputStream> classes) {
        ClassLoader loader = new ClassLoader(InMemoryJavac.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                ByteArrayOutputStream bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] code = bytes.toByteArray();
                return defineClass(name, code, 0, code.length);
            }
        };
        try {
            var constructor = loader.loadClass(className).asSubclass(Migration.class).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static Path apiLocation() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static String numbered(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return out.toString();
    }

    /** Keeps class files in memory. */
    private static final class Memory extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> classes;

        Memory(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> classes) {
            super(standard);
            this.classes = classes;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return classes.computeIfAbsent(className, name -> new ByteArrayOutputStream());
                }
            };
        }
    }
}
