package dev.retort.cli;

import dev.retort.command.AutogenerateCommand;
import dev.retort.schema.QualifiedName;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "create-tables",
        description = {"Create every table of the models that the database lacks, in the order foreign keys need.",
                "The version table is not touched: run 'retort stamp head' afterwards if the revisions describe"
                        + " the same schema."})
final class CreateTablesCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Override
    public void run() {
        List<QualifiedName> created = new AutogenerateCommand(root.catalog(), root.environment(),
                ModelTargets.of(root.config())).createTables();
        PrintWriter out = root.out();
        if (created.isEmpty()) {
            out.println("No tables to create: the database has every table of the models.");
        }
        created.forEach(table -> out.println("Created table " + table));
        out.flush();
    }
}
