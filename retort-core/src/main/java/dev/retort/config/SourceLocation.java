package dev.retort.config;

import java.nio.file.Path;
import org.tomlj.TomlPosition;

/** Where a value was written: file, 1-based line (0 when unknown) and key path, for error messages. */
record SourceLocation(Path file, String fileName, int line, String key) {

    static SourceLocation of(Path file, String fileName) {
        return new SourceLocation(file, fileName, 0, null);
    }

    SourceLocation child(String name, TomlPosition position) {
        String path = key == null ? name : key + "." + name;
        return new SourceLocation(file, fileName, lineOf(position), path);
    }

    SourceLocation element(int index, TomlPosition position) {
        return new SourceLocation(file, fileName, lineOf(position), key + "[" + index + "]");
    }

    SourceLocation atLine(TomlPosition position) {
        return new SourceLocation(file, fileName, lineOf(position), key);
    }

    /** {@code retort.toml, line 4}, or just the file name when the line is unknown. */
    String where() {
        return line > 0 ? fileName + ", line " + line : fileName;
    }

    ConfigException error(String text) {
        return new ConfigException(where() + ": " + text, file, line, key, null);
    }

    /** The error of a value that uses a variable which is not set. */
    ConfigException unsetVariable(String text) {
        return ConfigException.unsetVariable(where() + ": " + text, file, line, key);
    }

    private int lineOf(TomlPosition position) {
        return position == null ? line : position.line();
    }
}
