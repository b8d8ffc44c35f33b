package dev.retort.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file compiled against a class path of its own (the models, the environment hook) is compiled again when
 * the classes there change: javac copies their constants into it, so classes cached before would keep the old
 * values.
 */
class ClassPathStampTest {
    private static final String USES = "class Uses {\n    static final String TAG = com.example.Names.TAG;\n}\n";

    @TempDir
    Path dir;

    @Test
    void aChangedClassFolderCompilesTheFileAgain() throws Exception {
        Path classes = dir.resolve("classes");
        Path source = Files.writeString(dir.resolve("Uses.java"), USES);

        compileNames(classes, "v1");
        assertThat(tagOf(source, classes)).isEqualTo("v1");
        compileNames(classes, "v2");

        assertThat(tagOf(source, classes)).isEqualTo("v2");
        assertThat(tagOf(source, classes)).as("cached while nothing changes").isEqualTo("v2");
        assertThat(cacheEntries()).hasSize(2);
    }

    @Test
    void aChangedJarCompilesTheFileAgain() throws Exception {
        Path classes = dir.resolve("classes");
        Path jar = dir.resolve("names.jar");
        Path source = Files.writeString(dir.resolve("Uses.java"), USES);

        compileNames(classes, "v1");
        jar(classes, jar);
        assertThat(tagOf(source, jar)).isEqualTo("v1");
        compileNames(classes, "v2");
        jar(classes, jar);

        assertThat(tagOf(source, jar)).isEqualTo("v2");
    }

    @Test
    void anUnchangedClassPathKeepsTheKeyAndAnEmptyOneAddsNothing() throws Exception {
        Path classes = dir.resolve("classes");
        compileNames(classes, "v1");
        CacheKeys keys = CacheKeys.current();
        byte[] content = USES.getBytes();

        assertThat(keys.with(List.of(classes)).keyOf(content)).isEqualTo(keys.with(List.of(classes)).keyOf(content))
                .isNotEqualTo(keys.keyOf(content));
        assertThat(keys.with(List.of()).keyOf(content)).isEqualTo(keys.keyOf(content));
        assertThat(keys.with(List.of(dir.resolve("missing"))).keyOf(content)).isNotEqualTo(keys.keyOf(content));
    }

    private String tagOf(Path source, Path classPath) throws Exception {
        RevisionCompiler compiler = new RevisionCompiler(dir.resolve("cache"), List.of(classPath));
        Class<?> uses = compiler.loadClasses(source).get(0);
        var field = uses.getDeclaredField("TAG");
        field.setAccessible(true);
        return (String) field.get(null);
    }

    private List<Path> cacheEntries() throws IOException {
        try (var files = Files.list(dir.resolve("cache"))) {
            return files.filter(file -> file.toString().endsWith(".jar")).toList();
        }
    }

    private void compileNames(Path classes, String tag) throws IOException {
        Path source = dir.resolve("src/com/example/Names.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package com.example;\npublic class Names {\n    public static final String TAG = \""
                + tag + "\";\n}\n");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                source.toString());
        assertThat(status).isZero();
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("com/example/Names.class"));
            Files.copy(classes.resolve("com/example/Names.class"), out);
            out.closeEntry();
        }
    }
}
