package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.CommandException;
import dev.retort.command.GraphCommands;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show the revision(s) a symbol names.")
final class ShowCli implements Runnable {

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", description = "Revision id, prefix, label or symbol (head, heads, label@head, -1...).")
    String revision;

    @Override
    public void run() {
        if (revision.equals("current")) {
            throw new CommandException("'show current' needs a database connection, which this version of retort"
                    + " does not make yet");
        }
        PrintWriter out = root.out();
        for (RevisionView view : GraphCommands.show(root.catalog(), revision)) {
            out.println(AlembicFormat.logEntry(view));
        }
        out.flush();
    }
}
