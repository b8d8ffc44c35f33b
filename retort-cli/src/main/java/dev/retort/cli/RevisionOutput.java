package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import dev.retort.script.HookRun;
import java.io.PrintWriter;

/** What {@code revision} and {@code merge} print about the file they wrote. */
final class RevisionOutput {

    private RevisionOutput() {}

    static void print(PrintWriter out, RevisionCommand.Result result) {
        out.println(StatusLines.generated(result.script().path().toAbsolutePath().normalize()));
        for (HookRun run : result.hookRuns()) {
            out.println(StatusLines.hookRan(run));
        }
        out.flush();
    }
}
