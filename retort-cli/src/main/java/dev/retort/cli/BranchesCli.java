package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.AlembicFormat.LineParts;
import dev.retort.command.GraphCommands;
import dev.retort.command.GraphCommands.BranchPoint;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "branches", description = "Show the branch points.")
final class BranchesCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Show each branch point in full.")
    boolean verbose;

    @Override
    public void run() {
        PrintWriter out = root.out();
        for (BranchPoint branchPoint : GraphCommands.branches(root.catalog())) {
            out.println(AlembicFormat.format(branchPoint.revision(), verbose, LineParts.BRANCHES));
            String indent = " ".repeat(branchPoint.revision().id().length());
            for (RevisionView child : branchPoint.children()) {
                out.println(indent + " -> " + AlembicFormat.line(child, LineParts.BRANCHES.withDoc(verbose)));
            }
            out.println();
        }
        out.flush();
    }
}
