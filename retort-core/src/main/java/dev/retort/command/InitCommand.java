package dev.retort.command;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.script.EnvironmentTemplates;
import dev.retort.script.ScaffoldAction;
import java.nio.file.Path;
import java.util.List;

/** {@code init DIR [--template T]}: scaffold a migration environment and, unless one exists, its config. */
public final class InitCommand {

    /** What was created, and the config file the user should edit next. */
    public record Result(List<ScaffoldAction> actions, Path configFile) {}

    private InitCommand() {}

    public static Result init(ConfigOptions options, Path directory, String template) {
        Path configFile = ConfigLoader.locate(options)
                .orElse(options.workingDirectory().resolve("retort.toml"))
                .toAbsolutePath()
                .normalize();
        Path target = options.workingDirectory().resolve(directory).toAbsolutePath().normalize();
        List<ScaffoldAction> actions =
                EnvironmentTemplates.scaffold(template, target, configFile, options.workingDirectory());
        return new Result(actions, configFile);
    }
}
