package dev.retort.cli;

import dev.retort.command.AutogenerateCommand;
import dev.retort.command.CommandException;
import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionRequest;
import dev.retort.script.RevisionFormat;
import dev.retort.script.ScriptException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

@Command(name = "revision", description = "Create a new revision file.")
final class RevisionCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Message for the revision.")
    String message;

    @Option(names = "--autogenerate",
            description = "Fill the revision with the operations that make the database match the models.")
    boolean autogenerate;

    @Option(names = "--sql", description = "With --autogenerate: print the SQL the revision would run; write no file.")
    boolean sql;

    @Option(names = "--head", defaultValue = "head", paramLabel = "REV",
            description = "Revision to build on (default: head); 'base' starts a new base.")
    String head;

    @Option(names = "--splice", description = "Allow a --head that is not a head, starting a new branch.")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Branch label for the new revision.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--version-path", paramLabel = "DIR", description = "Version location to write into.")
    Path versionPath;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Revision id instead of a random one.")
    String revisionId;

    @Option(names = "--depends-on", paramLabel = "REV", description = "Revision or label this one depends on (repeatable).")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--format", paramLabel = "java|sql", converter = FormatArgument.class,
            description = "File format (default: the configured revision_format).")
    RevisionFormat format;

    /** An unknown format is a usage error, reported while the command line is parsed. */
    static final class FormatArgument implements ITypeConverter<RevisionFormat> {
        @Override
        public RevisionFormat convert(String value) {
            try {
                return RevisionFormat.parse(value);
            } catch (ScriptException e) {
                throw new TypeConversionException("'" + value + "' is not a revision format; write java or sql");
            }
        }
    }

    @Override
    public void run() {
        if (sql && !autogenerate) {
            throw new CommandException("--sql goes with --autogenerate: it prints the SQL of the revision autogenerate"
                    + " would write");
        }
        RevisionRequest request = new RevisionRequest(Optional.ofNullable(message), List.of(head), splice,
                branchLabels, Optional.ofNullable(versionPath), Optional.ofNullable(revisionId), dependsOn,
                Optional.ofNullable(format));
        if (autogenerate) {
            AutogenerateCommand.Generated generated = new AutogenerateCommand(root.catalog(), root.environment(),
                    ModelTargets.of(root.config())).revision(request, sql, Clock.systemDefaultZone());
            AutogenerateOutput.detected(root.err(), generated.diff(), generated.rendered().notes());
            if (sql) {
                root.out().print(generated.rendered().upgradeBody().isBlank() ? ""
                        : generated.rendered().upgradeBody().stripTrailing() + "\n");
                root.out().flush();
            }
            generated.written().ifPresent(result -> RevisionOutput.print(root.out(), root.err(), result));
            if (!sql && generated.written().isEmpty()) {
                root.err().println("No revision written: rewrite() of the environment hook returned none.");
                root.err().flush();
            }
            return;
        }
        RevisionCommand.Result result = new RevisionCommand(root.catalog(), Clock.systemDefaultZone()).revision(request);
        RevisionOutput.print(root.out(), root.err(), result);
    }
}
