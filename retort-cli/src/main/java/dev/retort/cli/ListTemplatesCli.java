package dev.retort.cli;

import dev.retort.script.EnvironmentTemplates;
import dev.retort.script.TemplateInfo;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "list-templates", aliases = "list_templates",
        description = "List the environment templates available to init.")
final class ListTemplatesCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Override
    public void run() {
        PrintWriter out = root.out();
        out.println("Available templates:");
        out.println();
        for (TemplateInfo template : EnvironmentTemplates.list()) {
            out.println(template.name() + " - " + template.description());
        }
        out.println();
        out.println("Templates are used via the 'init' command, e.g.:");
        out.println();
        out.println("  retort init --template generic ./scripts");
        out.flush();
    }
}
