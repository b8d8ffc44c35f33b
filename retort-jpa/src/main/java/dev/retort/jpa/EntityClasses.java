package dev.retort.jpa;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes of a {@link JpaModelSource}, loaded: those named, and those of the scanned packages that
 * carry a JPA annotation Hibernate must be told about. Every class that cannot be loaded is reported at once.
 * Closing releases the class loader made for the source's class path entries.
 */
record EntityClasses(ClassLoader loader, List<Class<?>> classes, boolean ownsLoader) implements AutoCloseable {
    private static final List<String> MAPPED_ANNOTATIONS = List.of("jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable", "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    static EntityClasses load(JpaModelSource source) {
        ClassLoader loader = loader(source);
        Set<String> names = new LinkedHashSet<>(source.classNames());
        if (!source.packages().isEmpty()) {
            names.addAll(scan(source, loader));
        }
        List<Class<?>> classes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                problems.add(name + " (not found)");
            } catch (LinkageError e) {
                problems.add(name + " (" + e + ")");
            }
        }
        if (!problems.isEmpty() || classes.isEmpty()) {
            new EntityClasses(loader, List.of(), !source.classpath().isEmpty()).close();
        }
        if (!problems.isEmpty()) {
            throw new JpaModelException(source.description(), "Could not load the entity classes " + problems
                    + "; add the folders or jars that hold them and their dependencies to the class path");
        }
        if (classes.isEmpty()) {
            throw new JpaModelException(source.description(), "No JPA entities found in " + source.description()
                    + "; check the package names and that the class path holds the compiled classes");
        }
        return new EntityClasses(loader, List.copyOf(classes), !source.classpath().isEmpty());
    }

    @Override
    public void close() {
        if (ownsLoader && loader instanceof URLClassLoader own) {
            try {
                own.close();
            } catch (java.io.IOException e) {
                // The jars stay open until the loader is collected; nothing else depends on closing them.
            }
        }
    }

    private static ClassLoader loader(JpaModelSource source) {
        ClassLoader parent = Thread.currentThread().getContextClassLoader();
        if (parent == null) {
            parent = EntityClasses.class.getClassLoader();
        }
        if (source.classpath().isEmpty()) {
            return parent;
        }
        List<String> missing = source.classpath().stream().filter(path -> !Files.exists(path)).map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new JpaModelException(source.description(), "The class path entries " + missing + " do not exist; "
                    + "build the project first or correct the paths");
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : source.classpath()) {
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new JpaModelException(source.description(), "The class path entry " + entry
                        + " is not a usable path: " + e.getMessage(), e);
            }
        }
        return new URLClassLoader("retort-jpa-entities", urls.toArray(URL[]::new), parent);
    }

    private static List<String> scan(JpaModelSource source, ClassLoader loader) {
        ClassGraph graph = new ClassGraph().enableAnnotationInfo().acceptPackages(
                source.packages().toArray(String[]::new));
        graph = source.classpath().isEmpty() ? graph.overrideClassLoaders(loader)
                : graph.overrideClasspath(source.classpath().stream().map(Path::toString).toList());
        List<String> names = new ArrayList<>();
        try (ScanResult result = graph.scan()) {
            for (ClassInfo info : result.getAllClasses()) {
                if (MAPPED_ANNOTATIONS.stream().anyMatch(info::hasAnnotation)) {
                    names.add(info.getName());
                }
            }
        }
        return names.stream().sorted().toList();
    }
}
