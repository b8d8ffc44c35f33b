package dev.retort.jpa;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where JPA entity classes come from and how Hibernate is to name their tables: class path entries
 * (folders and jars; none means the class path retort runs with), packages to scan for
 * {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} classes, entity
 * classes named one by one, the physical and implicit naming strategies (class names, or Hibernate's short
 * names such as {@code jpa}), the database version Hibernate is to write DDL for (such as {@code 15} or
 * {@code 10.11}; none means Hibernate's oldest supported version), and any other Hibernate settings.
 * Start from {@link #packages(List, String...)} or {@link #classes(String...)}.
 */
public record JpaModelSource(
        List<Path> classpath,
        List<String> packages,
        List<String> classNames,
        Optional<String> physicalNamingStrategy,
        Optional<String> implicitNamingStrategy,
        Optional<String> databaseVersion,
        Map<String, String> hibernateSettings) {

    public JpaModelSource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(physicalNamingStrategy, "physicalNamingStrategy");
        Objects.requireNonNull(implicitNamingStrategy, "implicitNamingStrategy");
        Objects.requireNonNull(databaseVersion, "databaseVersion");
        hibernateSettings = Map.copyOf(new TreeMap<>(hibernateSettings));
        if (packages.isEmpty() && classNames.isEmpty()) {
            throw new JpaModelException("JPA model", "No JPA entities to read: name the packages to scan for entities or "
                    + "the entity classes");
        }
    }

    /** The entities of {@code packages} (and their sub-packages) found on {@code classpath}. */
    public static JpaModelSource packages(List<Path> classpath, String... packages) {
        return new JpaModelSource(classpath, List.of(packages), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
    }

    /** The entity classes named, loaded from the class path retort runs with. */
    public static JpaModelSource classes(String... classNames) {
        return new JpaModelSource(List.of(), List.of(), List.of(classNames), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of());
    }

    /** The entity classes given. */
    public static JpaModelSource classes(Class<?>... classes) {
        return classes(java.util.Arrays.stream(classes).map(Class::getName).toArray(String[]::new));
    }

    /** This source with Hibernate's physical naming strategy, such as {@code CamelCaseToUnderscoresNamingStrategy}. */
    public JpaModelSource physicalNamingStrategy(String className) {
        return new JpaModelSource(classpath, packages, classNames, Optional.of(className), implicitNamingStrategy,
                databaseVersion, hibernateSettings);
    }

    /** This source with Hibernate's implicit naming strategy, a class name or a short name such as {@code jpa}. */
    public JpaModelSource implicitNamingStrategy(String classOrShortName) {
        return new JpaModelSource(classpath, packages, classNames, physicalNamingStrategy,
                Optional.of(classOrShortName), databaseVersion, hibernateSettings);
    }

    /** This source for a database of the version given, such as {@code 15} or {@code 10.11}. */
    public JpaModelSource databaseVersion(String version) {
        return new JpaModelSource(classpath, packages, classNames, physicalNamingStrategy, implicitNamingStrategy,
                Optional.of(version), hibernateSettings);
    }

    /** This source with one more Hibernate setting, such as {@code hibernate.default_schema}. */
    public JpaModelSource hibernateSetting(String name, String value) {
        Map<String, String> settings = new TreeMap<>(hibernateSettings);
        settings.put(name, value);
        return new JpaModelSource(classpath, packages, classNames, physicalNamingStrategy, implicitNamingStrategy,
                databaseVersion, settings);
    }

    /** What is read, for messages: the packages and classes. */
    String description() {
        StringBuilder text = new StringBuilder();
        if (!packages.isEmpty()) {
            text.append("packages ").append(String.join(", ", packages));
        }
        if (!classNames.isEmpty()) {
            text.append(text.length() == 0 ? "" : " and ").append("classes ").append(String.join(", ", classNames));
        }
        if (!classpath.isEmpty()) {
            text.append(" on the class path ").append(classpath);
        }
        return text.toString();
    }
}
