package dev.retort.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tomlj.TomlTable;

/**
 * The selected section of the file, seen through its fallback: a key missing from {@code [NAME]} is
 * taken from {@code [retort]}, whole (a table or array key is not merged).
 */
final class Section {
    static final String DEFAULT_NAME = "retort";

    private final String name;
    private final List<TomlTable> layers;
    private final SourceLocation header;

    private Section(String name, List<TomlTable> layers, SourceLocation header) {
        this.name = name;
        this.layers = List.copyOf(layers);
        this.header = header;
    }

    static Section select(ConfigFile file, Optional<String> requested) {
        String name = requested.orElse(DEFAULT_NAME);
        TomlTable selected = table(file, name);
        if (selected == null) {
            throw new ConfigException("No section [" + name + "] in " + file.displayName() + sectionsHint(file),
                    file.path());
        }
        List<TomlTable> layers = new ArrayList<>(List.of(selected));
        TomlTable fallback = table(file, DEFAULT_NAME);
        if (!name.equals(DEFAULT_NAME) && fallback != null) {
            layers.add(fallback);
        }
        SourceLocation header = file.location().atLine(file.document().inputPositionOf(List.of(name)));
        return new Section(name, layers, header);
    }

    String name() {
        return name;
    }

    /** Where the section starts, for problems that belong to no key. */
    SourceLocation header() {
        return header;
    }

    /** The keys of the section and of its fallback, the section's own first. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        layers.forEach(layer -> keys.addAll(layer.keySet()));
        return keys;
    }

    /** The keys written in the same table as {@code key}: the section's own, or its fallback's. */
    Set<String> keysBeside(String key) {
        return owner(key).keySet();
    }

    /** Whether {@code key} is taken from the fallback section, {@code [retort]}, and not set in this one. */
    boolean fallsBack(String key) {
        return layers.size() > 1 && !layers.get(0).contains(List.of(key)) && layers.get(1).contains(List.of(key));
    }

    /** The raw TOML value of a key (String, Long, Double, Boolean, TomlArray, TomlTable, java.time). */
    Object raw(String key) {
        return owner(key).get(List.of(key));
    }

    SourceLocation location(String key) {
        return header.child(key, owner(key).inputPositionOf(List.of(key)));
    }

    private TomlTable owner(String key) {
        return layers.stream().filter(layer -> layer.contains(List.of(key))).findFirst().orElse(layers.get(0));
    }

    private static TomlTable table(ConfigFile file, String name) {
        Object value = file.document().get(List.of(name));
        return value instanceof TomlTable ? (TomlTable) value : null;
    }

    private static String sectionsHint(ConfigFile file) {
        List<String> names = file.document().keySet().stream()
                .filter(key -> table(file, key) != null)
                .map(key -> "[" + key + "]")
                .collect(Collectors.toList());
        return names.isEmpty() ? "; add a [retort] section with script_location"
                : "; sections in the file: " + String.join(", ", names);
    }
}
