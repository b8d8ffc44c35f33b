package dev.retort.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code post_write_hooks} array of tables; messages follow Alembic's where it has one. */
final class PostWriteHookReader {
    static final String KEY = "post_write_hooks";

    private final Settings settings;
    private final Path configFolder;

    PostWriteHookReader(Settings settings, Path configFolder) {
        this.settings = settings;
        this.configFolder = configFolder;
    }

    List<PostWriteHook> read() {
        Object value = settings.get(KEY);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw settings.location(KEY).error("key '" + KEY + "' must be an array of tables, not "
                    + TomlTypes.describe(value) + "; write one [[" + settings.section().name() + "." + KEY
                    + "]] table per hook");
        }
        List<?> entries = (List<?>) value;
        List<PostWriteHook> hooks = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PostWriteHook hook = hook(i, entries.get(i));
            Integer earlier = seen.putIfAbsent(hook.name(), i);
            if (earlier != null) {
                throw at(i).error("post write hook name '" + hook.name() + "' is used twice (also at "
                        + at(earlier).where() + "); give each hook its own name");
            }
            hooks.add(hook);
        }
        return List.copyOf(hooks);
    }

    private PostWriteHook hook(int index, Object entry) {
        if (!(entry instanceof Map)) {
            throw settings.wrongType(KEY + "[" + index + "]", "a table", entry);
        }
        Map<?, ?> table = (Map<?, ?>) entry;
        String name = string(index, table, "name")
                .orElseThrow(() -> required(index, table, "name", String.valueOf(index + 1)));
        String type = string(index, table, "type")
                .orElseThrow(() -> required(index, table, "type", "'" + name + "'"));
        if (!type.equals(PostWriteHook.EXEC) && !type.equals(PostWriteHook.CONSOLE)) {
            throw location(index, "type").error("No post write hook type '" + type + "' for hook '" + name
                    + "'; use 'exec' or 'console'");
        }
        Optional<String> executable = string(index, table, "executable").or(() -> string(index, table, "entrypoint"));
        if (type.equals(PostWriteHook.EXEC) && executable.isEmpty()) {
            throw required(index, table, "executable", "'" + name + "'");
        }
        List<String> options = options(index, table, name);
        Optional<Path> cwd = string(index, table, "cwd").map(dir -> configFolder.resolve(dir).normalize());
        return new PostWriteHook(name, type, executable, options, cwd);
    }

    private ConfigException required(int index, Map<?, ?> table, String key, String hook) {
        return at(index).error("Key '" + key + "' is required for post write hook " + hook
                + MisspelledKeys.hookMisspelling(settings, index, table, key)
                        .map(where -> " (" + where + " may be it, misspelled)").orElse(""));
    }

    private List<String> options(int index, Map<?, ?> table, String name) {
        Object value = table.get("options");
        if (value == null) {
            return List.of();
        }
        if (value instanceof List) {
            return stringList(index, (List<?>) value);
        }
        if (!(value instanceof String)) {
            throw settings.wrongType(path(index, "options"), "a string or an array of strings", value);
        }
        try {
            return ShellWords.split((String) value);
        } catch (IllegalArgumentException e) {
            throw location(index, "options").error("key 'options' of post write hook '" + name + "' can't be"
                    + " split into words: " + e.getMessage());
        }
    }

    private List<String> stringList(int index, List<?> list) {
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof String)) {
                throw location(index, "options").error("key '" + path(index, "options") + "' must be a string or"
                        + " an array of strings; element " + i + " is " + TomlTypes.describe(list.get(i)));
            }
            strings.add((String) list.get(i));
        }
        return strings;
    }

    private Optional<String> string(int index, Map<?, ?> table, String key) {
        Object value = table.get(key);
        if (value != null && !(value instanceof String)) {
            throw settings.wrongType(path(index, key), "a string", value);
        }
        return Optional.ofNullable((String) value);
    }

    private SourceLocation at(int index) {
        return settings.location(KEY + "[" + index + "]");
    }

    private SourceLocation location(int index, String key) {
        return settings.location(path(index, key));
    }

    static String path(int index, String key) {
        return KEY + "[" + index + "]." + key;
    }
}
