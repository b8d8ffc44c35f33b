package dev.retort.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "ensure-version", aliases = "ensure_version",
        description = "Create the version table if it does not exist.")
final class EnsureVersionCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = "--sql", description = "Write the SQL to stdout instead of running it.")
    boolean sql;

    @Override
    public void run() {
        if (sql) {
            PrintWriter out = root.script();
            Migrations.of(root).ensureVersionSql(out);
            out.flush();
        } else {
            Migrations.of(root).ensureVersion();
        }
    }
}
