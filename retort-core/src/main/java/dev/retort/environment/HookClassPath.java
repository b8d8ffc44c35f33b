package dev.retort.environment;

import dev.retort.config.RetortConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The key {@code environment_classpath}: folders of classes and jars the hook uses besides retort and the
 * JDBC drivers it bundles (a connection pool, a secrets client), relative to the configuration's folder.
 */
final class HookClassPath {
    static final String KEY = "environment_classpath";

    private HookClassPath() {}

    static List<Path> read(RetortConfig config) {
        Object value = config.settings().get(KEY);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> entries)) {
            throw new EnvironmentHookException("key '" + KEY + "' in " + config.file() + " must be a list of folders"
                    + " and jars such as [\"lib/pool.jar\"], not '" + value + "'");
        }
        Path folder = config.file().toAbsolutePath().getParent();
        List<Path> paths = new ArrayList<>();
        for (Object entry : entries) {
            Path path = folder.resolve(String.valueOf(entry)).normalize();
            if (!Files.exists(path)) {
                throw new EnvironmentHookException("key '" + KEY + "' in " + config.file() + " names " + path
                        + ", which does not exist; build it first or correct the key");
            }
            paths.add(path);
        }
        return paths;
    }
}
