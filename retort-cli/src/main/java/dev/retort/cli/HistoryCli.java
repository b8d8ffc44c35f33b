package dev.retort.cli;

import dev.retort.command.AlembicFormat;
import dev.retort.command.CommandException;
import dev.retort.command.GraphCommands;
import dev.retort.command.HistoryRange;
import dev.retort.command.RevisionView;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List revisions, newest first.")
final class HistoryCli implements Runnable {

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-r", "--rev-range"}, paramLabel = "[START]:[END]",
            description = "Only revisions in this range, e.g. ae10:, :head, -2:, 27c6:+3.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    public void run() {
        HistoryRange historyRange = HistoryRange.parse(range);
        if (historyRange.mentionsCurrent()) {
            throw new CommandException("'current' in a history range needs a database connection, which this"
                    + " version of retort does not make yet");
        }
        PrintWriter out = root.out();
        for (RevisionView revision : GraphCommands.history(root.catalog(), historyRange)) {
            out.println(AlembicFormat.format(revision, verbose, AlembicFormat.LineParts.HISTORY));
        }
        out.flush();
    }
}
