package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;

/**
 * The subcommands of {@code retort}, in the order help lists them. picocli builds a command's model from
 * its annotations when the command is added, which is most of the start-up time of a short command, so a
 * run adds only the subcommand its command line names, none for {@code --version}, and all of them when it
 * names none (for help, and for picocli's message about an unknown command).
 *
 * <p>Commands whose Alembic name has an underscore answer to it too ({@code list_templates},
 * {@code ensure_version}: aliases in their {@code @Command}); help lists each command by its own name only.
 */
final class Subcommands {
    private static final Set<String> GLOBAL_OPTIONS_WITH_VALUE = Set.of("-c", "--config", "-n", "--name", "-x",
            "--url");
    private static final List<String> GLOBAL_LONG_OPTIONS = List.of("--config", "--name", "--url", "--quiet",
            "--raiseerr", "--help", "--version");
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();
    /** Alembic's names of commands that retort spells with a hyphen, as declared in their aliases. */
    private static final Map<String, String> ALIASES = Map.of("list_templates", "list-templates",
            "ensure_version", "ensure-version");

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
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                Subcommands::commandList);
    }

    /**
     * Help's list of commands, as picocli lays it out but under each command's name alone: its aliases would
     * widen the first column and squeeze every description.
     */
    private static String commandList(Help help) {
        Map<String, Help> commands = new LinkedHashMap<>();
        help.subcommands().values().forEach(command -> commands.putIfAbsent(command.commandSpec().name(), command));
        if (commands.isEmpty()) {
            return "";
        }
        int nameWidth = commands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        TextTable table = TextTable.forColumns(help.colorScheme(), new Column(nameWidth, 2, Column.Overflow.SPAN),
                new Column(help.commandSpec().usageMessage().width() - nameWidth, 2, Column.Overflow.WRAP));
        commands.forEach((name, command) -> {
            String[] description = command.commandSpec().usageMessage().description();
            Text[] lines = help.colorScheme().text(description.length == 0 ? "" : description[0]).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(help.colorScheme().commandText(i == 0 ? name : ""), lines[i]);
            }
        });
        return table.toString();
    }

    private static boolean asksForVersion(String... args) {
        for (String argument : args) {
            if (argument.equals("-V") || argument.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top command's option that {@code argument} names, also when shortened to a prefix that names only it
     * ({@code --conf}, as argparse allows and picocli is set to allow); otherwise {@code argument} itself.
     */
    static String globalOption(String argument) {
        if (!argument.startsWith("--") || argument.length() < 3 || argument.contains("=")) {
            return argument;
        }
        List<String> matching = GLOBAL_LONG_OPTIONS.stream().filter(option -> option.startsWith(argument)).toList();
        return matching.size() == 1 ? matching.get(0) : argument;
    }

    /** Every subcommand's name, in help order. */
    static Set<String> names() {
        return COMMANDS.keySet();
    }

    /**
     * The subcommand the arguments name, by its own name even when given by an alias: the first argument
     * that is neither an option nor its value.
     */
    static Optional<String> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            if (GLOBAL_OPTIONS_WITH_VALUE.contains(globalOption(argument))) {
                i++;
            } else if (!argument.startsWith("-")) {
                return COMMANDS.containsKey(argument) ? Optional.of(argument)
                        : Optional.ofNullable(ALIASES.get(argument));
            }
        }
        return Optional.empty();
    }
}
