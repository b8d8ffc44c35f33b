package dev.retort.cli;

import dev.retort.command.ScriptCatalog;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.config.XArguments;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Work a command will need, done on a second thread while the main thread builds the command line (picocli's
 * model of a command is most of a short command's start-up): the configuration and the revisions, read as the
 * raw arguments say, and, for a command that may connect to a database, the JDBC drivers' registration and
 * the JDK's locale data that the drivers' date and number formats load. The main thread takes the
 * configuration only when the options picocli parsed are the ones read here, and the revisions only with that
 * configuration; otherwise, or when reading them failed, it reads them itself, and meets any error itself.
 * Nothing here writes anything.
 */
final class Preload {
    private static final Set<String> DATABASE_COMMANDS = Set.of("upgrade", "downgrade", "stamp", "current",
            "ensure-version", "check", "revision", "create-tables");
    /** The commands that read no configuration. */
    private static final Set<String> WITHOUT_CONFIGURATION = Set.of("init", "list-templates");
    private static final Preload NONE = new Preload(null);

    private final ConfigOptions options;
    private final CompletableFuture<RetortConfig> config = new CompletableFuture<>();
    private final CompletableFuture<ScriptCatalog> catalog = new CompletableFuture<>();

    private Preload(ConfigOptions options) {
        this.options = options;
    }

    /** Nothing preloaded: the main thread reads everything itself. */
    static Preload none() {
        return NONE;
    }

    /** Whether the command the arguments name may connect to a database. */
    static boolean mayConnect(String... args) {
        return Subcommands.named(args).filter(DATABASE_COMMANDS::contains).isPresent();
    }

    /** Starts the work the arguments call for, if any. */
    static Preload start(String... args) {
        Optional<String> command = Subcommands.named(args);
        if (command.isEmpty() || WITHOUT_CONFIGURATION.contains(command.get())) {
            return NONE;
        }
        Preload preload = new Preload(options(args).orElse(null));
        boolean connects = mayConnect(args);
        Thread thread = new Thread(() -> preload.run(connects), "retort-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    private void run(boolean connects) {
        try {
            if (options != null) {
                RetortConfig loaded = ConfigLoader.load(options);
                config.complete(loaded);
                catalog.complete(ScriptCatalog.load(loaded));
            }
            if (connects) {
                DriverManager.getDrivers();
                NumberFormat.getIntegerInstance();
                Calendar.getInstance();
            }
        } catch (RuntimeException | Error e) {
            // Left to the main thread, which does the work again and meets the same failure itself.
        } finally {
            config.complete(null);
            catalog.complete(null);
        }
    }

    /** Whether the argument may hold -c, -n or -x with others or with its value ({@code -qc}, {@code -xa=b}). */
    private static boolean clustered(String argument) {
        return argument.length() > 2 && argument.charAt(0) == '-' && argument.charAt(1) != '-'
                && argument.chars().anyMatch(c -> c == 'c' || c == 'n' || c == 'x');
    }

    /** The configuration, if it was read with exactly these options, {@code -x} arguments in the same order. */
    Optional<RetortConfig> config(ConfigOptions wanted) {
        if (options == null || !options.equals(wanted)
                || !List.copyOf(options.xArguments().keySet()).equals(List.copyOf(wanted.xArguments().keySet()))) {
            return Optional.empty();
        }
        return Optional.ofNullable(config.join());
    }

    /**
     * The revisions, if they were read with this very configuration: the one {@link #config} gave, which it
     * gave only once this thread had read it (so a configuration read otherwise never waits on this thread).
     */
    Optional<ScriptCatalog> catalog(RetortConfig wanted) {
        if (options == null || !config.isDone() || config.join() != wanted) {
            return Optional.empty();
        }
        return Optional.ofNullable(catalog.join());
    }

    /**
     * The configuration options the raw arguments give, read as picocli would read the usual forms
     * ({@code -c FILE}, {@code --config=FILE}, {@code -x key=value}, {@code --url URL}, ...); empty when
     * they hold a form not read here (clustered short options, {@code --}).
     */
    static Optional<ConfigOptions> options(String... args) {
        Optional<Path> file = Optional.empty();
        Optional<String> name = Optional.empty();
        Optional<String> url = Optional.empty();
        List<String> xArguments = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String argument = args[i];
                int equals = argument.indexOf('=');
                String option = Subcommands.globalOption(argument.startsWith("--") && equals > 0
                        ? argument.substring(0, equals) : argument);
                boolean attached = argument.startsWith("--") && equals > 0;
                String value;
                switch (option) {
                    case "-c", "--config", "-n", "--name", "-x", "--url" -> {
                        if (!attached && i + 1 >= args.length) {
                            return Optional.empty();
                        }
                        value = attached ? argument.substring(equals + 1) : args[++i];
                    }
                    case "--" -> {
                        return Optional.empty();
                    }
                    default -> {
                        if (clustered(argument)) {
                            return Optional.empty();
                        }
                        continue;
                    }
                }
                switch (option) {
                    case "-c", "--config" -> file = Optional.of(Path.of(value));
                    case "-n", "--name" -> name = Optional.of(value);
                    case "-x" -> xArguments.add(value);
                    default -> url = Optional.of(value);
                }
            }
            return Optional.of(new ConfigOptions(file, name, XArguments.parse(xArguments), url, System.getenv(),
                    Path.of("").toAbsolutePath()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
