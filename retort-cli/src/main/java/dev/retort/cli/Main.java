package dev.retort.cli;

import dev.retort.config.Redaction;
import dev.retort.runtime.RunInterruption;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** The {@code retort} command line. */
public final class Main {

    private Main() {}

    /** How long an interrupted run may take to finish the revision it is applying. */
    private static final Duration FINISHING = Duration.ofSeconds(60);

    /** How long an interrupted run may take, once its revision is done, to report how it ended. */
    private static final Duration REPORTING = Duration.ofSeconds(10);
    /** Counted down once the command has reported its outcome. */
    private static final CountDownLatch REPORTED = new CountDownLatch(1);
    /**
     * The SQLite driver's log: it reports, at its most severe level and with a stack trace, its housekeeping of
     * the copies of its native library in the temporary folder (another process deleting one first); retort
     * reports the driver's failures itself, from its exceptions. Held here so that the setting stays.
     */
    private static Logger sqliteDriverLog;

    /** The signal ending the process (INT for Ctrl-C, TERM), or null when none is. */
    private static volatile String signalled;

    public static void main(String[] args) {
        AsciiLocale.writeUtf8Instead();
        if (Preload.mayConnect(args)) {
            sqliteDriverLog = Logger.getLogger("org.sqlite");
            sqliteDriverLog.setLevel(Level.OFF);
        }
        noteSignals();
        Runtime.getRuntime().addShutdownHook(new Thread(Main::finishTheRevisionInProgress, "retort-interrupt"));
        int status = run(args);
        REPORTED.countDown();
        System.exit(status);
    }

    /**
     * On Ctrl-C or a termination signal (and at every exit), lets a run finish and commit the revision it is
     * applying before the process ends, so that no revision is left applied but not recorded; then lets the
     * command report how the run ended ("Stopped before ...") before saying so. A revision that does not
     * finish in time, or a second Ctrl-C or termination signal, leaves it where it is, and the message says so.
     */
    private static void finishTheRevisionInProgress() {
        Optional<String> writing = RunInterruption.revisionWrittenToScript();
        if (writing.isPresent() && signalled == null) {
            System.err.println("FAILED: " + writing.get() + " called System.exit, which ends the process in the"
                    + " middle of the revision; the script written so far is incomplete");
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
        Optional<String> inProgress = RunInterruption.requestStop();
        if (inProgress.isPresent() && signalled == null) {
            // The revision's own code ended the process (System.exit): no one is left to finish it.
            System.err.println("FAILED: " + inProgress.get() + " called System.exit, which ends the process in the"
                    + " middle of the revision; " + whereTheDatabaseIs());
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
        if (inProgress.isEmpty() && RunInterruption.waitingForLock()) {
            System.err.println("Interrupted while waiting for the migration lock: nothing was applied");
            System.err.flush();
        }
        inProgress.ifPresent(revision -> {
            stopAtOnceOnASecondSignal(revision);
            System.err.println("Stopping: finishing " + revision + " first (up to " + FINISHING.toSeconds()
                    + " s; " + ("INT".equals(signalled) ? "Ctrl-C again" : "terminate it again")
                    + " to stop at once)");
            System.err.flush();
            if (!RunInterruption.awaitRevision(FINISHING)) {
                System.err.println(leftUnfinished(revision, "it did not finish within " + FINISHING.toSeconds()
                        + " s, so the process stops in the middle of it"));
                System.err.flush();
                return;
            }
            try {
                REPORTED.await(REPORTING.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.err.println("Interrupted while running " + revision + ": stopped once it was done; 'retort"
                    + " current' shows where the database is");
            System.err.flush();
        });
    }

    /**
     * While the revision in progress is being finished, the JVM ignores further signals (its shutdown has
     * begun); a second Ctrl-C or termination signal ends the process at once instead, as a user pressing it
     * again expects, with the exit status of that signal.
     */
    private static void stopAtOnceOnASecondSignal(String revision) {
        // HUP: the terminal closed (an SSH session dropped), which ends the process as TERM does.
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    System.err.println(leftUnfinished(revision, "stopped in the middle of it, as asked again"));
                    System.err.flush();
                    Runtime.getRuntime().halt(128 + signal.getNumber());
                });
            } catch (IllegalArgumentException e) {
                // A signal this system does not have, or that the JVM keeps for itself: the first rule holds.
            }
        }
    }

    private static String leftUnfinished(String revision, String how) {
        return "Interrupted while running " + revision + ": " + how + "; " + whereTheDatabaseIs();
    }

    private static String whereTheDatabaseIs() {
        return "where schema changes roll back (PostgreSQL, SQLite) its transaction is rolled back (in a run that is"
                + " one transaction, with the revisions the run applied before it), elsewhere the next upgrade names"
                + " it; 'retort current' shows where the database is";
    }

    /**
     * Notes a Ctrl-C or termination signal before the JVM's own handler ends the process, so that the shutdown
     * hook tells it from a {@code System.exit} in a revision. A signal the process was started to ignore (a
     * background job's Ctrl-C) stays ignored.
     */
    private static void noteSignals() {
        // HUP: the terminal closed (an SSH session dropped), which ends the process as TERM does.
        for (String name : List.of("INT", "TERM", "HUP")) {
            try {
                Signal signal = new Signal(name);
                SignalHandler[] jvms = new SignalHandler[1];
                jvms[0] = Signal.handle(signal, received -> {
                    signalled = received.getName();
                    if (jvms[0] != null) {
                        jvms[0].handle(received);
                    }
                });
                if (jvms[0] == SignalHandler.SIG_IGN || jvms[0] == SignalHandler.SIG_DFL) {
                    Signal.handle(signal, jvms[0]);
                }
            } catch (IllegalArgumentException e) {
                // A signal this system does not have, or that the JVM keeps for itself (-Xrs).
            }
        }
    }

    /**
     * picocli's report of a usage error, with any password in it hidden (the message repeats the argument it
     * could not use, such as a URL given to a misspelt option), then the command's synopsis or what it may have
     * meant.
     */
    private static int usageError(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(Redaction.redact(error.getMessage()));
        if (!(error instanceof UnmatchedArgumentException unmatched && UsageSuggestions.print(unmatched, err))) {
            // The synopsis alone, as argparse gives it: the full help would bury the error.
            err.print("Usage: " + command.getHelp().synopsis("Usage: ".length()));
            if (command.getParent() == null && error instanceof UnmatchedArgumentException) {
                err.println("Commands: " + String.join(", ", command.getSubcommands().keySet().stream()
                        .filter(name -> !name.contains("_")).toList()));
            }
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Whether picocli's matcher of shortened options can read the arguments: it fails on an argument with no
     * name after its dashes ({@code ""}, {@code "-"}, {@code "--=x"}), which may be an option's value (an
     * empty message); options must then be written whole.
     */
    private static boolean abbreviationsParse(String[] args) {
        return Arrays.stream(args).noneMatch(argument -> argument.matches("-*(=.*)?"));
    }

    /**
     * Whether an argument attaches a value that starts with a dash ({@code --message=-x}), which argparse
     * takes as the value; picocli refuses a value that is an option's name, unless told to allow it.
     */
    private static boolean attachesADashedValue(String[] args) {
        return Arrays.stream(args).anyMatch(argument -> argument.matches("-[^=]+=-.*"));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new RetortCommand(Preload.start(args)));
        // Subcommands first: the settings below reach only the subcommands registered by then.
        Subcommands.register(commandLine, args);
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        commandLine.setParameterExceptionHandler(Main::usageError);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        // As argparse, which Alembic uses: an option given twice takes its last value.
        commandLine.setOverwrittenOptionsAllowed(true);
        // As argparse too: a long option may be shortened to any prefix that names only it (--autogen).
        commandLine.setAbbreviatedOptionsAllowed(abbreviationsParse(args));
        commandLine.setAllowOptionsAsOptionParameters(attachesADashedValue(args));
        // As argparse without fromfile_prefix_chars: "@team" is a message, not a file of arguments.
        commandLine.setExpandAtFiles(false);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("FAILED: retort ran out of memory (" + e.getMessage() + "); give the JVM more than its "
                    + maxHeap() + ", as JAVA_TOOL_OPTIONS=-Xmx2g does");
            System.err.flush();
            return 1;
        }
    }

    /** The JVM's heap limit, as -Xmx gives it. */
    private static String maxHeap() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
