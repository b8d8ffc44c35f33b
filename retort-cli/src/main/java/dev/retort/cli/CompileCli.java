package dev.retort.cli;

import dev.retort.command.CompileCommand;
import dev.retort.compile.CompileSummary;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "compile",
        description = {"Compile every Java revision that needs javac, and Environment.java, into the cache folder"
                + " .retort-cache of the script location, without touching a database, so that later runs compile"
                + " nothing.",
                "Run it with the retort version that will run the revisions (in a build step or an image build)."})
final class CompileCli implements Runnable {
    @Mixin
    HelpOption help;

    @ParentCommand
    RetortCommand root;

    @Option(names = "--prune", description = "Then delete the cached classes of files that are gone or have"
            + " changed (run it when no other retort process uses the cache).")
    boolean prune;

    @Override
    public void run() {
        CompileCommand command = new CompileCommand(root.catalog());
        Migrations.ignoreInGit(command.cacheDirectory());
        CompileSummary summary = command.compile();
        // The environment hook runs with every migration too; loading it compiles it into the same cache.
        root.environment();
        int pruned = prune ? command.prune() : 0;
        if (!root.global().quiet()) {
            PrintWriter err = root.err();
            err.println(describe(summary) + (prune ? "; pruned " + entries(pruned) : ""));
            err.flush();
        }
    }

    private static String entries(int count) {
        return count == 1 ? "1 stale entry" : count + " stale entries";
    }

    static String describe(CompileSummary summary) {
        return "Compiled " + revisions(summary.compiled()) + ", " + summary.upToDate() + " up to date, "
                + summary.plain() + " run without javac";
    }

    private static String revisions(int count) {
        return count == 1 ? "1 revision" : count + " revisions";
    }
}
