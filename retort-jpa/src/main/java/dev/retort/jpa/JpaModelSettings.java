package dev.retort.jpa;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A {@link JpaModelSource} from configuration keys, as a config section or {@code -x} arguments give them:
 * <ul>
 * <li>{@code classpath}: folders and jars holding the entities and what they need, separated by commas or
 *     the platform's path separator, relative to the configuration's folder; none means retort's own;
 * <li>{@code packages}: packages to scan for entities, separated by commas or spaces;
 * <li>{@code classes}: entity classes named one by one;
 * <li>{@code physical_naming_strategy} and {@code implicit_naming_strategy}: Hibernate's naming strategies,
 *     such as {@code org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy} for Spring Boot's names;
 * <li>{@code database_version}: the database version Hibernate writes DDL for, such as {@code 15};
 * <li>any key starting {@code hibernate.} or {@code jakarta.persistence.}: passed to Hibernate as it is.
 * </ul>
 * Every unknown key is reported at once.
 */
public final class JpaModelSettings {
    private static final Set<String> KEYS = Set.of("classpath", "packages", "classes", "physical_naming_strategy",
            "implicit_naming_strategy", "database_version");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    private JpaModelSettings() {
    }

    /** The source the {@code settings} describe, with relative class path entries resolved against {@code base}. */
    public static JpaModelSource source(Map<String, String> settings, Path base) {
        Set<String> unknown = new TreeSet<>();
        Map<String, String> hibernate = new TreeMap<>();
        settings.forEach((key, value) -> {
            if (key.startsWith("hibernate.") || key.startsWith("jakarta.persistence.")) {
                hibernate.put(key, value);
            } else if (!KEYS.contains(key)) {
                unknown.add(key);
            }
        });
        if (!unknown.isEmpty()) {
            throw new JpaModelException("JPA model settings", "Unknown JPA model settings " + unknown + "; use "
                    + new TreeSet<>(KEYS) + " or Hibernate settings starting hibernate. or jakarta.persistence.");
        }
        List<Path> classpath = new ArrayList<>();
        for (String entry : settings.getOrDefault("classpath", "").split("[," + Pattern.quote(File.pathSeparator) + "]")) {
            if (!entry.isBlank()) {
                classpath.add(base.resolve(entry.trim()).normalize());
            }
        }
        return new JpaModelSource(classpath, list(settings.get("packages")), list(settings.get("classes")),
                text(settings.get("physical_naming_strategy")), text(settings.get("implicit_naming_strategy")),
                text(settings.get("database_version")), hibernate);
    }

    private static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(LIST_SEPARATOR.split(value.trim())).filter(item -> !item.isEmpty()).toList();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(text -> !text.isEmpty());
    }
}
