package dev.retort.cli;

import dev.retort.command.MigrationCommands;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLoader;
import java.io.PrintWriter;

/** The migration commands as the CLI runs them: progress lines on stderr unless {@code --quiet}. */
final class Migrations {

    private Migrations() {}

    static MigrationCommands of(RetortCommand root) {
        PrintWriter err = root.err();
        MigrationListener listener = root.global().quiet()
                ? MigrationListener.SILENT
                : (step, line) -> {
                    err.println(line);
                    err.flush();
                };
        return new MigrationCommands(root.catalog(), loader(), listener);
    }

    static MigrationLoader loader() {
        return MigrationLoader.NONE;
    }
}
