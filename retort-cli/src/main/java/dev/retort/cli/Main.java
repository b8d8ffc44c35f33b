package dev.retort.cli;

import dev.retort.runtime.RunInterruption;
import java.time.Duration;
import picocli.CommandLine;

/** The {@code retort} command line. */
public final class Main {

    private Main() {}

    /** How long an interrupted run may take to finish the revision it is applying. */
    private static final Duration FINISHING = Duration.ofSeconds(60);

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(Main::finishTheRevisionInProgress, "retort-interrupt"));
        System.exit(run(args));
    }

    /**
     * On Ctrl-C or a termination signal (and at every exit), lets a run finish and commit the revision it is
     * applying before the process ends, so that no revision is left applied but not recorded.
     */
    private static void finishTheRevisionInProgress() {
        RunInterruption.stopAndWait(FINISHING).ifPresent(revision -> {
            System.err.println("Interrupted while running " + revision + ": stopped once it was done; 'retort"
                    + " current' shows where the database is");
            System.err.flush();
        });
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
