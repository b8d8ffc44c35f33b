package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import dev.retort.script.HookRun;
import java.io.PrintWriter;

/** What {@code revision} and {@code merge} print about the file they wrote. */
final class RevisionOutput {

    private RevisionOutput() {}

    /**
     * The {@code Generating} line, then for each post-write hook Alembic's lines around what the hook
     * printed: its standard output to {@code out}, its standard error to {@code err}, as it wrote them.
     */
    static void print(PrintWriter out, PrintWriter err, RevisionCommand.Result result) {
        out.println(StatusLines.generated(result.script().path().toAbsolutePath().normalize()));
        for (HookRun run : result.hookRuns()) {
            out.println(StatusLines.hookRunning(run));
            out.print(run.stdout());
            out.flush();
            err.print(run.stderr());
            err.flush();
            out.println(StatusLines.HOOK_DONE);
        }
        out.flush();
    }
}
