package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code retort}, in the order help lists them. picocli builds a command's model from
 * its annotations when the command is added, which is most of the start-up time of a short command, so a
 * run adds only the subcommand its command line names, none for {@code --version}, and all of them when it
 * names none (for help, and for picocli's message about an unknown command).
 */
final class Subcommands {
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("-c", "--config", "-n", "--name", "-x",
            "--url");
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("init", InitCli::new);
        COMMANDS.put("list-templates", ListTemplatesCli::new);
        COMMANDS.put("revision", RevisionCli::new);
        COMMANDS.put("merge", MergeCli::new);
        COMMANDS.put("heads", HeadsCli::new);
        COMMANDS.put("branches", BranchesCli::new);
        COMMANDS.put("history", HistoryCli::new);
        COMMANDS.put("show", ShowCli::new);
        COMMANDS.put("edit", EditCli::new);
        COMMANDS.put("upgrade", UpgradeCli::new);
        COMMANDS.put("downgrade", DowngradeCli::new);
        COMMANDS.put("stamp", StampCli::new);
        COMMANDS.put("current", CurrentCli::new);
        COMMANDS.put("ensure-version", EnsureVersionCli::new);
        COMMANDS.put("check", CheckCli::new);
        COMMANDS.put("create-tables", CreateTablesCli::new);
        COMMANDS.put("compile", CompileCli::new);
    }

    private Subcommands() {}

    static void register(CommandLine commandLine, String... args) {
        Optional<String> named = named(args);
        if (named.isPresent()) {
            commandLine.addSubcommand(named.get(), COMMANDS.get(named.get()).get());
        } else if (!asksForVersion(args)) {
            COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
    }

    private static boolean asksForVersion(String... args) {
        for (String argument : args) {
            if (argument.equals("-V") || argument.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** Every subcommand's name, in help order. */
    static Set<String> names() {
        return COMMANDS.keySet();
    }

    /** The subcommand the arguments name: the first argument that is neither an option nor its value. */
    static Optional<String> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(argument)) {
                i++;
            } else if (!argument.startsWith("-")) {
                return COMMANDS.containsKey(argument) ? Optional.of(argument) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
