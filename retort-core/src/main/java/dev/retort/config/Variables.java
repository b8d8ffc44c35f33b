package dev.retort.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The variables {@code ${VAR}} may refer to: the process environment first, then the {@code .env} file
 * beside the config. The file is read only when the environment lacks a variable, so a {@code .env}
 * written for other tools does not get in the way of a config that does not need it.
 */
final class Variables {
    private final Map<String, String> environment;
    private final Path folder;
    private Map<String, String> dotEnv;

    Variables(Map<String, String> environment, Path folder) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    Optional<String> lookup(String name) {
        String value = environment.get(name);
        if (value != null) {
            return Optional.of(value);
        }
        if (dotEnv == null) {
            dotEnv = DotEnvFile.read(folder);
        }
        return Optional.ofNullable(dotEnv.get(name));
    }
}
