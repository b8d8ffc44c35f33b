package dev.retort.cli;

import dev.retort.command.ScriptCatalog;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.config.XArguments;
import dev.retort.environment.EnvironmentLoader;
import dev.retort.environment.LoadedEnvironment;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The top-level {@code retort} command: global options, shared by every subcommand ({@link Subcommands}). */
@Command(
        name = "retort",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Schema migrations for the JVM, in the manner of Alembic.")
final class RetortCommand implements Runnable {

    /** The global options as the subcommands see them. */
    record Global(Optional<Path> config, Optional<String> name, List<String> xArguments, Optional<String> url,
            boolean quiet, boolean raiseErrors) {}

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Configuration file (default: $RETORT_CONFIG, else retort.toml in the current folder).")
    Path config;

    @Option(names = {"-n", "--name"}, scope = ScopeType.INHERIT, paramLabel = "NAME",
            description = "Section of the configuration file to use (default: retort).")
    String name;

    @Option(names = "-x", scope = ScopeType.INHERIT, paramLabel = "KEY=VALUE", converter = KeyValue.class,
            description = "Argument passed to revisions and hooks (repeatable).")
    List<String> xArguments = new ArrayList<>();

    @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
            description = "Database URL, overriding the configuration.")
    String url;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print no command output or status lines (errors are still shown; a --sql script is"
                    + " still written).")
    boolean quiet;

    @Option(names = "--raiseerr", scope = ScopeType.INHERIT,
            description = "Show a stack trace instead of a FAILED: message.")
    boolean raiseErrors;

    /**
     * A {@code -x} argument needs a key: one without is a usage error, reported while the command line is
     * parsed. The value is not repeated in the message: it may be a secret.
     */
    static final class KeyValue implements ITypeConverter<String> {
        @Override
        public String convert(String argument) {
            if (argument.isEmpty() || argument.startsWith("=")) {
                throw new TypeConversionException("no key before '='; write -x key=value");
            }
            return argument;
        }
    }

    private final Preload preload;
    private RetortConfig loadedConfig;
    private ScriptCatalog loadedCatalog;
    private LoadedEnvironment loadedEnvironment;

    RetortCommand() {
        this(Preload.none());
    }

    /** The command, taking what {@code preload} has read when it is what the parsed options ask for. */
    RetortCommand(Preload preload) {
        this.preload = preload;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command; see 'retort --help'");
    }

    Global global() {
        return new Global(Optional.ofNullable(config), Optional.ofNullable(name), List.copyOf(xArguments),
                Optional.ofNullable(url), quiet, raiseErrors);
    }

    ConfigOptions configOptions() {
        return new ConfigOptions(Optional.ofNullable(config), Optional.ofNullable(name),
                XArguments.parse(xArguments), Optional.ofNullable(url), System.getenv(),
                Path.of("").toAbsolutePath());
    }

    RetortConfig config() {
        if (loadedConfig == null) {
            ConfigOptions options = configOptions();
            loadedConfig = preload.config(options).orElseGet(() -> ConfigLoader.load(options));
            // Even with -q: a misspelled key leaves a setting at its default without another word.
            loadedConfig.warnings().forEach(warning -> err().println("WARNING: " + warning));
            err().flush();
        }
        return loadedConfig;
    }

    ScriptCatalog catalog() {
        if (loadedCatalog == null) {
            RetortConfig config = config();
            loadedCatalog = preload.catalog(config).orElseGet(() -> ScriptCatalog.load(config));
        }
        return loadedCatalog;
    }

    /** The configuration with the environment hook ({@code Environment.java}), for commands that use a database. */
    LoadedEnvironment environment() {
        if (loadedEnvironment == null) {
            loadedEnvironment = EnvironmentLoader.load(config());
        }
        return loadedEnvironment;
    }

    /** Where command output goes: stdout, or nowhere with {@code --quiet}. */
    PrintWriter out() {
        return quiet ? new PrintWriter(Writer.nullWriter()) : spec.commandLine().getOut();
    }

    /**
     * Where an offline ({@code --sql}) script goes: stdout, with {@code --quiet} too, as Alembic writes it;
     * the script is what the command was asked for, not a report on it.
     */
    PrintWriter script() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
