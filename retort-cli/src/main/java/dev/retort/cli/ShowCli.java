package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.GraphCommands;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "show", description = "Show the revision(s) a symbol names.")
final class ShowCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", converter = RevisionArgument.class,
            description = "Revision id, prefix, label or symbol (head, heads, label@head, -1...).")
    String revision;

    @Override
    public void run() {
        List<RevisionView> views = revision.equals("current")
                ? Migrations.of(root).showCurrent()
                : GraphCommands.show(root.catalog(), revision);
        PrintWriter out = root.out();
        for (RevisionView view : views) {
            out.println(AlembicFormat.logEntry(view));
        }
        out.flush();
    }
}
