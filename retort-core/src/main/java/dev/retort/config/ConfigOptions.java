package dev.retort.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line says about where configuration comes from: {@code -c FILE}, {@code -n NAME},
 * the {@code -x key=value} arguments in the order given, {@code --url}, plus the process environment and
 * working directory, which are passed in rather than read so that tests can supply their own. Start from
 * {@link #defaults(Path, Map)} and use the {@code with...} methods.
 */
public record ConfigOptions(
        Optional<Path> configFile,
        Optional<String> name,
        Map<String, String> xArguments,
        Optional<String> urlOverride,
        Map<String, String> environment,
        Path workingDirectory) {

    public ConfigOptions {
        Objects.requireNonNull(configFile, "configFile");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(urlOverride, "urlOverride");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (name.isPresent() && name.get().isBlank()) {
            throw new ConfigException("-n needs a section name, such as -n production");
        }
        xArguments = Collections.unmodifiableMap(new LinkedHashMap<>(xArguments));
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** No {@code -c}, {@code -n}, {@code -x} or {@code --url}: the config is found from {@code cwd}. */
    public static ConfigOptions defaults(Path cwd, Map<String, String> env) {
        return new ConfigOptions(Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), env, cwd);
    }

    public ConfigOptions withConfigFile(Path file) {
        return new ConfigOptions(Optional.of(file), name, xArguments, urlOverride, environment, workingDirectory);
    }

    public ConfigOptions withName(String section) {
        return new ConfigOptions(configFile, Optional.of(section), xArguments, urlOverride, environment,
                workingDirectory);
    }

    public ConfigOptions withXArguments(Map<String, String> arguments) {
        return new ConfigOptions(configFile, name, arguments, urlOverride, environment, workingDirectory);
    }

    public ConfigOptions withUrlOverride(String url) {
        return new ConfigOptions(configFile, name, xArguments, Optional.of(url), environment, workingDirectory);
    }
}
