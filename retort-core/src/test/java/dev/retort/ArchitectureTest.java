package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the core's shape, checked on its compiled classes. */
class ArchitectureTest {
    private static final List<String> FORBIDDEN_IN_CORE = List.of(
            "dev.retort.cli", "picocli", "org.postgresql", "org.sqlite", "org.mariadb", "com.mysql", "org.h2",
            "org.springframework", "org.apache.maven", "org.hibernate", "jakarta.persistence");

    private static List<ClassFileReferences> classes;

    @BeforeAll
    static void readCompiledCore() throws IOException {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(file -> file.toString().endsWith(".class"))
                    .map(ArchitectureTest::read)
                    .toList();
        }
        assertThat(classes).as("compiled core classes").hasSizeGreaterThan(10);
    }

    @Test
    void coreDependsOnNoCommandLineDriverSpringOrMavenClass() {
        Map<String, List<String>> violations = new TreeMap<>();
        for (ClassFileReferences type : classes) {
            for (String referenced : type.referencedClasses()) {
                if (FORBIDDEN_IN_CORE.stream().anyMatch(prefix -> referenced.startsWith(prefix + "."))) {
                    violations.computeIfAbsent(type.className(), k -> new ArrayList<>()).add(referenced);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void coreNeverPrints() {
        assertThat(classes.stream().filter(ClassFileReferences::usesStandardStreams).map(ClassFileReferences::className))
                .isEmpty();
    }

    @Test
    void revisionGraphIsPureAndDependsOnNoOtherRetortArea() {
        Set<String> allowed = Set.of("dev.retort", "dev.retort.revision");
        List<String> violations = new ArrayList<>();
        for (ClassFileReferences type : classes) {
            if (type.packageName().equals("dev.retort.revision")) {
                type.referencedClasses().stream()
                        .filter(name -> name.startsWith("dev.retort."))
                        .filter(name -> !allowed.contains(packageOf(name)))
                        .forEach(name -> violations.add(type.className() + " -> " + name));
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void packagesHaveNoCycles() {
        Map<String, Set<String>> dependencies = packageDependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : dependencies.keySet()) {
            findPathBack(start, dependencies).ifPresent(cycles::add);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    private static Map<String, Set<String>> packageDependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        for (ClassFileReferences type : classes) {
            Set<String> targets = dependencies.computeIfAbsent(type.packageName(), k -> new TreeSet<>());
            type.referencedClasses().stream()
                    .filter(name -> name.startsWith("dev.retort."))
                    .map(ArchitectureTest::packageOf)
                    .filter(pkg -> !pkg.equals(type.packageName()))
                    .forEach(targets::add);
        }
        return dependencies;
    }

    /** A path from {@code start} back to itself, if any (breadth first, so the shortest). */
    private static java.util.Optional<String> findPathBack(String start, Map<String, Set<String>> dependencies) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(dependencies.getOrDefault(start, Set.of()));
        dependencies.getOrDefault(start, Set.of()).forEach(next -> cameFrom.put(next, start));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(start)) {
                List<String> path = new ArrayList<>(List.of(start));
                for (String step = cameFrom.get(start); !step.equals(start); step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                path.add(0, start);
                return java.util.Optional.of(String.join(" -> ", path));
            }
            for (String next : dependencies.getOrDefault(current, Set.of())) {
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    private static ClassFileReferences read(Path file) {
        try {
            return ClassFileReferences.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
