package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "merge",
        description = "Merge two or more heads into one revision (e.g. 'merge heads').")
final class MergeCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REVS", converter = RevisionArgument.class,
            arity = "1..*", description = "Heads to merge, or 'heads'.")
    List<String> revisions;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Message for the merge revision.")
    String message;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the merge revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id instead of a random one.")
    String revisionId;

    @Override
    public void run() {
        RevisionRequest request = new RevisionRequest(Optional.ofNullable(message), revisions, false, branchLabels,
                Optional.empty(), Optional.ofNullable(revisionId), List.of(), Optional.empty());
        RevisionCommand.Result result = new RevisionCommand(root.catalog(), Clock.systemDefaultZone()).merge(request);
        RevisionOutput.print(root.out(), root.err(), result);
    }
}
