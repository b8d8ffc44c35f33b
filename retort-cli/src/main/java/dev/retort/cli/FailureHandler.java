package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.config.Redaction;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns retort's own errors into {@code FAILED: <message>} on stderr with exit status 1; anything else
 * is a bug and keeps its stack trace. {@code --raiseerr} shows the stack trace for everything.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        RetortCommand root = commandLine.getCommandSpec().root().userObject() instanceof RetortCommand command
                ? command
                : null;
        boolean raise = root != null && root.global().raiseErrors();
        // What a --sql command wrote before it failed stays on stdout, as Alembic leaves it; the message says
        // that the script stops there.
        commandLine.getOut().flush();
        if (exception instanceof RetortException && !raise) {
            commandLine.getErr().println("FAILED: " + Redaction.redact(exception.getMessage()));
            commandLine.getErr().flush();
            return FAILED;
        }
        exception.printStackTrace(commandLine.getErr());
        commandLine.getErr().flush();
        return FAILED;
    }
}
