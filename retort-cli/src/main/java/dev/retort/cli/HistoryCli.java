package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.GraphCommands;
import dev.retort.command.HistoryRange;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history",
        description = "List revisions, newest first.")
final class HistoryCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[START]:[END]",
            description = "Only revisions in this range, e.g. ae10:, :head, -2:, 27c6:+3.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = {"-i", "--indicate-current"}, description = "Mark the revisions the database is at (current).")
    boolean indicateCurrent;

    @Override
    public void run() {
        HistoryRange historyRange = HistoryRange.parse(range);
        List<RevisionView> revisions = indicateCurrent || historyRange.mentionsCurrent()
                ? Migrations.of(root).historyWithCurrent(historyRange)
                : GraphCommands.history(root.catalog(), historyRange);
        if (!indicateCurrent) {
            // As Alembic: 'current' in the range reads the database, but only -i marks (current).
            revisions = revisions.stream().map(revision -> revision.withCurrent(false)).toList();
        }
        PrintWriter out = root.out();
        for (RevisionView revision : revisions) {
            out.println(AlembicFormat.format(revision, verbose, AlembicFormat.LineParts.HISTORY));
        }
        out.flush();
    }
}
