package dev.retort.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;

/** A parsed {@code retort.toml}: its path, the name it is shown under, and the TOML document. */
final class ConfigFile {
    private final Path path;
    private final String displayName;
    private final TomlParseResult document;

    /** A line that may hold a password: a URL, or a key or value that names one. */
    private static final Pattern MAY_HOLD_A_SECRET = Pattern.compile("(?i)://|pass|pwd|secret|token|credential");

    private ConfigFile(Path path, String displayName, TomlParseResult document) {
        this.path = path;
        this.displayName = displayName;
        this.document = document;
    }

    /** Reads and parses the file; every TOML syntax error is reported at once, the first one's line first. */
    static ConfigFile read(Path path, Path workingDirectory) {
        String name = displayName(path, workingDirectory);
        String text = readText(path, name);
        TomlParseResult document = Toml.parse(text);
        if (document.hasErrors()) {
            throw malformed(path, name, text.split("\\R", -1), document.errors());
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

    private static ConfigException malformed(Path path, String name, String[] lines, List<TomlParseError> errors) {
        TomlParseError first = errors.get(0);
        String others = errors.stream().skip(1)
                .map(e -> "\n  line " + e.position().line() + ": " + describe(e, lines))
                .collect(Collectors.joining());
        String message = name + ", line " + first.position().line() + ": not valid TOML: " + describe(first, lines)
                + others;
        return new ConfigException(message, path, first.position().line(), null, null);
    }

    /**
     * The parser's words quote the text it did not expect, which on a line holding a URL or a password may be
     * part of the password (a stray {@code "} in it ends the string early): there only the column is told.
     */
    private static String describe(TomlParseError error, String[] lines) {
        int line = error.position().line();
        String text = line >= 1 && line <= lines.length ? lines[line - 1] : "";
        if (MAY_HOLD_A_SECRET.matcher(text).find()) {
            return "the parser's words are left out, as this line may hold a password; look for a quote or"
                    + " backslash inside a string, which must be written \\\" or \\\\ (column "
                    + error.position().column() + ")";
        }
        return error.getMessage() + " (column " + error.position().column() + ")";
    }
}
