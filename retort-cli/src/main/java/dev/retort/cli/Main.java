package dev.retort.cli;

import picocli.CommandLine;

/** The {@code retort} command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new RetortCommand(Preload.start(args)));
        // Subcommands first: the settings below reach only the subcommands registered by then.
        Subcommands.register(commandLine, args);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        return commandLine.execute(args);
    }
}
