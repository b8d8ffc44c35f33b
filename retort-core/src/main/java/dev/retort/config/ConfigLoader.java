package dev.retort.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds and reads {@code retort.toml}. The file is {@code -c FILE}, else {@code $RETORT_CONFIG}, else
 * {@code retort.toml} in the working directory; a relative path is relative to the working directory.
 *
 * <p>Settings come from the section {@code [retort]}, or from {@code [NAME]} with {@code -n NAME}. A key
 * missing from {@code [NAME]} falls back to {@code [retort]}, so several environments or databases can
 * share {@code script_location} and differ only in {@code url}:
 * <pre>
 * [retort]
 * script_location = "migrations"
 * url = "sqlite:///dev.db"
 *
 * [production]
 * url = "${DATABASE_URL}"
 * </pre>
 * The fallback works key by key at the top level of the section: a table or array (such as
 * {@code post_write_hooks}) in {@code [NAME]} replaces the one in {@code [retort]} whole.
 *
 * <p>Every string value, also inside arrays and tables, may use {@code ${VAR}} and
 * {@code ${VAR:-default}}, taken from the environment and then from a {@code .env} file beside the config;
 * <code>$${</code> writes a literal <code>${</code>.
 */
public final class ConfigLoader {
    /** The file looked for in the working directory. */
    public static final String DEFAULT_FILE_NAME = "retort.toml";
    /** The environment variable naming the config file when {@code -c} is not given. */
    public static final String CONFIG_VARIABLE = "RETORT_CONFIG";

    private ConfigLoader() {
    }

    /** Reads the config the options point to. */
    public static RetortConfig load(ConfigOptions options) {
        Source source = source(options);
        source.requireFile();
        ConfigFile file = ConfigFile.read(source.path(), options.workingDirectory());
        Section section = Section.select(file, options.name());
        Variables variables = new Variables(options.environment(), file.folder());
        Settings settings = Settings.interpolate(section, new Interpolator(variables));
        return new RetortConfigReader(file, settings, options, variables).read();
    }

    /**
     * Where the config file is or would be, whether or not it exists, for {@code init}, which creates it.
     * Always present with the current discovery rules.
     */
    public static Optional<Path> locate(ConfigOptions options) {
        return Optional.of(source(options).path());
    }

    private static Source source(ConfigOptions options) {
        Path cwd = options.workingDirectory();
        if (options.configFile().isPresent()) {
            return new Source(cwd.resolve(options.configFile().get()).normalize(), "given by -c");
        }
        String variable = options.environment().get(CONFIG_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new Source(cwd.resolve(variable).normalize(), "given by $" + CONFIG_VARIABLE);
        }
        return new Source(cwd.resolve(DEFAULT_FILE_NAME), null);
    }

    /** The config file's path and, when it was not the default, what named it. */
    private record Source(Path path, String origin) {

        void requireFile() {
            String given = (origin == null ? "" : " (" + origin + ")");
            if (Files.isDirectory(path)) {
                throw new ConfigException("Config file " + path + given
                        + " is a directory; pass the path of a .toml file with -c FILE", path);
            }
            if (Files.isRegularFile(path)) {
                return;
            }
            if (Files.exists(path)) {
                throw new ConfigException("Config file " + path + given + " is not a regular file (a device, pipe or"
                        + " socket); pass the path of a .toml file with -c FILE", path);
            }
            String name = path.getFileName().toString();
            Path folder = path.getParent();
            String message = origin == null
                    ? "No config file '" + name + "' found in " + folder + "; run 'retort init DIR' to create one,"
                            + " or pass -c FILE"
                    : "No config file '" + name + "' found in " + folder + " (" + origin + "); check the path,"
                            + " or run 'retort init DIR' to create one";
            throw new ConfigException(message, path);
        }
    }
}
