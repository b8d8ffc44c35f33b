package dev.retort.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", description = "Revert to a previous revision.")
final class DowngradeCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", converter = RevisionArgument.class, arity = "0..1", defaultValue = "-1",
            description = "Revision to downgrade to (default: -1); --sql requires START:END.")
    String revision;

    @Option(names = "--sql", description = "Write the SQL to stdout instead of running it.")
    boolean sql;

    @Option(names = "--tag", paramLabel = "TAG", description = "Arbitrary tag, passed to revisions and hooks.")
    String tag;

    @Override
    public void run() {
        if (sql) {
            PrintWriter out = root.script();
            Migrations.of(root).downgradeSql(revision, Optional.ofNullable(tag), out);
            out.flush();
        } else {
            Migrations.of(root).downgrade(revision, Optional.ofNullable(tag));
        }
    }
}
