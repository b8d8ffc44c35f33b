package dev.retort.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A project folder in a temp dir with an environment of its own, to load configs from. */
final class ConfigFixture {
    final Path dir;
    final Map<String, String> env = new HashMap<>();

    ConfigFixture(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path write(String relative, String content) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Writes retort.toml in the project folder. */
    Path config(String content) {
        return write(ConfigLoader.DEFAULT_FILE_NAME, content);
    }

    ConfigOptions options() {
        return ConfigOptions.defaults(dir, env);
    }

    RetortConfig load() {
        return ConfigLoader.load(options());
    }
}
