package dev.retort.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", description = "Upgrade to a later revision.")
final class UpgradeCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "REV", converter = RevisionArgument.class, arity = "0..1", defaultValue = "head",
            description = "Revision to upgrade to (default: head); START:END with --sql.")
    String revision;

    @Option(names = "--sql", description = "Write the SQL to stdout instead of running it.")
    boolean sql;

    @Option(names = "--tag", paramLabel = "TAG", description = "Arbitrary tag, passed to revisions and hooks.")
    String tag;

    @Override
    public void run() {
        if (sql) {
            PrintWriter out = root.script();
            Migrations.of(root).upgradeSql(revision, Optional.ofNullable(tag), out);
            out.flush();
        } else {
            Migrations.of(root).upgrade(revision, Optional.ofNullable(tag));
        }
    }
}
