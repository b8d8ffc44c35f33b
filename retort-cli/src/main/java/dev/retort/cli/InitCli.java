package dev.retort.cli;

import dev.retort.command.InitCommand;
import dev.retort.script.ScaffoldAction;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "init",
        description = "Initialize a new migration environment (a folder of revisions and templates, and retort.toml).")
final class InitCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Parameters(paramLabel = "DIR", converter = FolderArgument.class,
            description = "Folder to create for the environment.")
    Path directory;

    @Option(names = {"-t", "--template"}, defaultValue = "generic", paramLabel = "TEMPLATE",
            description = "Environment template (default: ${DEFAULT-VALUE}); see list-templates.")
    String template;

    @Override
    public void run() {
        InitCommand.Result result = InitCommand.init(root.configOptions(), directory, template);
        PrintWriter out = root.out();
        for (ScaffoldAction action : result.actions()) {
            out.println(StatusLines.describe(action));
        }
        out.println("Please edit configuration/connection/logging settings in " + result.configFile()
                + " before proceeding.");
        out.flush();
    }
}
