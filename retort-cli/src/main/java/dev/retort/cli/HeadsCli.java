package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.GraphCommands;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", description = "Show the current head revisions.")
final class HeadsCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--resolve-dependencies", description = "Treat dependencies as parents: only real heads.")
    boolean resolveDependencies;

    @Override
    public void run() {
        PrintWriter out = root.out();
        for (RevisionView head : GraphCommands.heads(root.catalog(), resolveDependencies)) {
            out.println(AlembicFormat.format(head, verbose, AlembicFormat.LineParts.HEADS));
        }
        out.flush();
    }
}
