package dev.retort.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/** A parsed {@code retort.toml}: its path, the name it is shown under, and the TOML document. */
final class ConfigFile {
    private final Path path;
    private final String displayName;
    private final TomlParseResult document;

    private ConfigFile(Path path, String displayName, TomlParseResult document) {
        this.path = path;
        this.displayName = displayName;
        this.document = document;
    }

    /** Reads and parses the file; every TOML syntax error is reported at once, the first one's line first. */
    static ConfigFile read(Path path, Path workingDirectory) {
        String name = displayName(path, workingDirectory);
        TomlParseResult document = Toml.parse(readText(path, name));
        if (document.hasErrors()) {
            throw malformed(path, name, document.errors());
        }
        return new ConfigFile(path, name, document);
    }

    /** The path relative to the working directory when it lies below it, else the absolute path. */
    static String displayName(Path path, Path workingDirectory) {
        return path.startsWith(workingDirectory) ? workingDirectory.relativize(path).toString() : path.toString();
    }

    Path path() {
        return path;
    }

    Path folder() {
        return path.getParent();
    }

    String displayName() {
        return displayName;
    }

    TomlParseResult document() {
        return document;
    }

    SourceLocation location() {
        return SourceLocation.of(path, displayName);
    }

    private static String readText(Path path, String name) {
        try {
            return Files.readString(path);
        } catch (CharacterCodingException e) {
            throw new ConfigException(name + " is not valid UTF-8 text; save it as UTF-8", path);
        } catch (IOException e) {
            throw new ConfigException("Can't read config file " + name + ": " + e, path);
        }
    }

    private static ConfigException malformed(Path path, String name, List<TomlParseError> errors) {
        TomlParseError first = errors.get(0);
        String others = errors.stream().skip(1)
                .map(e -> "\n  line " + e.position().line() + ": " + describe(e))
                .collect(Collectors.joining());
        String message = name + ", line " + first.position().line() + ": not valid TOML: " + describe(first)
                + others;
        return new ConfigException(message, path, first.position().line(), null, null);
    }

    private static String describe(TomlParseError error) {
        return error.getMessage() + " (column " + error.position().column() + ")";
    }
}
