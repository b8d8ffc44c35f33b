package dev.retort.cli;

import dev.retort.command.MigrationCommands;
import dev.retort.compile.RevisionCompiler;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** The migration commands as the CLI runs them: progress lines on stderr unless {@code --quiet}. */
final class Migrations {
    static final String CACHE_FOLDER = ".retort-cache";

    private Migrations() {}

    static MigrationCommands of(RetortCommand root) {
        PrintWriter err = root.err();
        MigrationListener listener = root.global().quiet()
                ? MigrationListener.SILENT
                : (step, line) -> {
                    err.println(line);
                    err.flush();
                };
        return new MigrationCommands(root.catalog(), loader(root.config().scriptLocation()), listener);
    }

    /**
     * Java revisions are compiled in-process and cached under {@code <script_location>/.retort-cache}
     * (a folder to leave out of version control); the compiler is only set up when a Java revision runs.
     */
    static MigrationLoader loader(Path scriptLocation) {
        return scripts -> scripts.isEmpty()
                ? Map.of()
                : new RevisionCompiler(scriptLocation.resolve(CACHE_FOLDER)).load(scripts);
    }
}
