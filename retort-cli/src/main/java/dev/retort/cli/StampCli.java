package dev.retort.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "stamp",
        description = "Set the version table to the given revision(s) without running any.")
final class StampCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", converter = RevisionArgument.class,
            arity = "1..*", description = "Revision(s) to stamp; START:END with --sql.")
    List<String> revisions;

    @Option(names = "--sql", description = "Write the SQL to stdout instead of running it.")
    boolean sql;

    @Option(names = "--purge", description = "Empty the version table before stamping.")
    boolean purge;

    @Option(names = "--tag", paramLabel = "TAG", description = "Arbitrary tag, passed to hooks.")
    String tag;

    @Override
    public void run() {
        if (sql) {
            PrintWriter out = root.script();
            Migrations.of(root).stampSql(revisions, purge, out);
            out.flush();
        } else {
            Migrations.of(root).stamp(revisions, purge);
        }
    }
}
