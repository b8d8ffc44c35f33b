package dev.retort.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The keys of a section after interpolation, as plain Java values (String, Long, Double, Boolean, List,
 * Map, java.time), with the location of every key and array element for error messages.
 */
final class Settings {
    private final Section section;
    private final Map<String, Object> values;
    private final Map<String, SourceLocation> locations;
    private final Map<String, ConfigException> unresolved;

    private Settings(Section section, Map<String, Object> values, Map<String, SourceLocation> locations,
            Map<String, ConfigException> unresolved) {
        this.section = section;
        this.values = Collections.unmodifiableMap(values);
        this.locations = locations;
        this.unresolved = Map.copyOf(unresolved);
    }

    /**
     * Converts every key of the section, expanding variables in every string, however deeply nested. A key
     * whose variables cannot be expanded (one is not set) fails only when it is read, so that a command that
     * does not need it (a graph command and the database URL) runs.
     */
    static Settings interpolate(Section section, Interpolator interpolator) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourceLocation> locations = new HashMap<>();
        Map<String, ConfigException> unresolved = new HashMap<>();
        Converter converter = new Converter(interpolator, locations);
        for (String key : section.keys()) {
            try {
                values.put(key, converter.convert(section.raw(key), section.location(key)));
            } catch (ConfigException e) {
                if (!e.isUnsetVariable()) {
                    throw e;
                }
                unresolved.put(key, e);
            }
        }
        return new Settings(section, values, locations, unresolved);
    }

    Section section() {
        return section;
    }

    /** Every key whose variables could be expanded. */
    Map<String, Object> all() {
        return values;
    }

    Object get(String key) {
        requireResolved(key);
        return values.get(key);
    }

    private void requireResolved(String key) {
        ConfigException failure = unresolved.get(key);
        if (failure != null) {
            throw failure;
        }
    }

    /** Where a key path such as {@code url} or {@code post_write_hooks[0].type} was written. */
    SourceLocation location(String path) {
        SourceLocation location = locations.get(path);
        return location != null ? location : section.header().child(path, null);
    }

    Optional<String> string(String key) {
        return typed(key, String.class, "a string");
    }

    /** An integer, or a string holding one, which is what a {@code "${VAR}"} value becomes. */
    Optional<Long> integer(String key) {
        if (get(key) instanceof String text) {
            try {
                return Optional.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                throw location(key).error("key '" + key + "' must be an integer, not '" + text + "'");
            }
        }
        return typed(key, Long.class, "an integer");
    }

    /** A boolean, or a string holding one, which is what a {@code "${VAR}"} value becomes. */
    Optional<Boolean> bool(String key) {
        Object value = get(key);
        if (value instanceof String text && (text.strip().equalsIgnoreCase("true")
                || text.strip().equalsIgnoreCase("false"))) {
            return Optional.of(Boolean.valueOf(text.strip()));
        }
        if (value instanceof String text) {
            throw location(key).error("key '" + key + "' must be a boolean (true or false), not '" + text + "'");
        }
        return typed(key, Boolean.class, "a boolean (true or false)");
    }

    /** An array whose elements are all strings. */
    Optional<List<String>> strings(String key) {
        Object value = get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List)) {
            throw wrongType(key, "an array of strings", value);
        }
        List<String> strings = new ArrayList<>();
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw location(key + "[" + i + "]").error("key '" + key + "' must be an array of strings;"
                        + " element " + i + " is " + TomlTypes.describe(list.get(i)));
            }
            strings.add((String) list.get(i));
        }
        return Optional.of(List.copyOf(strings));
    }

    ConfigException wrongType(String path, String expected, Object actual) {
        return location(path).error("key '" + path + "' must be " + expected + ", not " + TomlTypes.describe(actual));
    }

    private <T> Optional<T> typed(String key, Class<T> type, String expected) {
        Object value = get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw wrongType(key, expected, value);
        }
        return Optional.of(type.cast(value));
    }

    /** Turns TOML values into plain ones, interpolating strings and recording where each one was. */
    private static final class Converter {
        private final Interpolator interpolator;
        private final Map<String, SourceLocation> locations;

        Converter(Interpolator interpolator, Map<String, SourceLocation> locations) {
            this.interpolator = interpolator;
            this.locations = locations;
        }

        Object convert(Object value, SourceLocation where) {
            locations.put(where.key(), where);
            if (value instanceof String) {
                return interpolator.expand((String) value, where);
            } else if (value instanceof TomlArray) {
                return list((TomlArray) value, where);
            } else if (value instanceof TomlTable) {
                return map((TomlTable) value, where);
            }
            return value;
        }

        private List<Object> list(TomlArray array, SourceLocation where) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(convert(array.get(i), where.element(i, array.inputPositionOf(i))));
            }
            return List.copyOf(list);
        }

        private Map<String, Object> map(TomlTable table, SourceLocation where) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (String key : table.keySet()) {
                List<String> path = List.of(key);
                map.put(key, convert(table.get(path), where.child(key, table.inputPositionOf(path))));
            }
            return Collections.unmodifiableMap(map);
        }
    }
}
