package dev.retort.cli;

import dev.retort.autogenerate.SchemaDiff;
import dev.retort.command.AutogenerateCommand;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "check",
        description = "Compare the models with the database; exit 1 and list the differences if there are any.")
final class CheckCli implements Callable<Integer> {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Override
    public Integer call() {
        SchemaDiff diff = new AutogenerateCommand(root.catalog(), root.environment(), ModelTargets.of(root.config()))
                .check();
        PrintWriter out = root.out();
        diff.leftOut().forEach(part -> root.err().println("Left out: " + part));
        root.err().flush();
        if (diff.isEmpty()) {
            out.println("No new upgrade operations detected.");
            out.flush();
            return 0;
        }
        out.println("New upgrade operations detected:");
        diff.describe().forEach(line -> out.println("  " + line));
        out.flush();
        return 1;
    }
}
