package dev.retort.hook;

import dev.retort.config.DatabaseUrl;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link EnvironmentHook} knows of the command that calls it.
 *
 * @param scriptLocation the environment folder
 * @param settings the keys of the configuration's section, as read (after {@code ${VAR}} substitution)
 * @param xArguments the {@code -x key=value} arguments
 * @param url the configured database URL ({@code --url}, {@code url}, {@code DATABASE_URL}), if any
 */
public record HookContext(Path scriptLocation, Map<String, Object> settings, Map<String, String> xArguments,
        Optional<DatabaseUrl> url) {

    public HookContext {
        Objects.requireNonNull(scriptLocation, "scriptLocation");
        settings = Map.copyOf(settings);
        xArguments = Map.copyOf(xArguments);
        Objects.requireNonNull(url, "url");
    }

    /** The value of {@code -x key=value}, if given. */
    public Optional<String> xArgument(String key) {
        return Optional.ofNullable(xArguments.get(key));
    }
}
