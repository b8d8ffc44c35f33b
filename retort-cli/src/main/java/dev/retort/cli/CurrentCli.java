package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.CurrentResult;
import dev.retort.command.MigrationCommands;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "current",
        description = "Show the revision(s) the database is at. Never creates the version table.")
final class CurrentCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"--check-heads"}, description = "Fail unless the database is on all head revisions.")
    boolean checkHeads;

    @Override
    public void run() {
        MigrationCommands commands = Migrations.of(root);
        CurrentResult current = checkHeads ? commands.checkHeads() : commands.current();
        PrintWriter out = root.out();
        if (verbose) {
            out.println("Current revision(s) for " + current.redactedUrl() + ":");
        }
        for (RevisionView revision : current.revisions()) {
            out.println(AlembicFormat.format(revision, verbose, AlembicFormat.LineParts.CURRENT));
        }
        out.flush();
        current.unfinished().ifPresent(warning -> {
            root.err().println("WARNING: " + warning);
            root.err().flush();
        });
    }
}
