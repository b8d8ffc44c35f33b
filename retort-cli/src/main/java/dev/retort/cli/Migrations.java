package dev.retort.cli;

import dev.retort.api.Migration;
import dev.retort.command.MigrationCommands;
import dev.retort.compile.CompilingMigrations;
import dev.retort.compile.RevisionCompiler;
import dev.retort.config.Seconds;
import dev.retort.revision.VersionStep;
import dev.retort.runtime.MigrationListener;
import dev.retort.runtime.MigrationLoader;
import dev.retort.script.RevisionScript;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The migration commands as the CLI runs them: progress lines on stderr unless {@code --quiet}. */
final class Migrations {
    private Migrations() {}

    static MigrationCommands of(RetortCommand root) {
        PrintWriter err = root.err();
        boolean quiet = root.global().quiet();
        // Progress lines and a wait for the lock are told unless --quiet; a warning always is, as an error would be.
        MigrationListener listener = new MigrationListener() {
            @Override
            public void running(VersionStep step, String line) {
                if (!quiet) {
                    err.println(line);
                    err.flush();
                }
            }

            @Override
            public void waitingForLock(Duration timeout) {
                if (!quiet) {
                    err.println("Waiting for the migration lock, which another run holds (up to "
                            + Seconds.format(timeout) + " s; lock_timeout sets how long)");
                    err.flush();
                }
            }

            @Override
            public void warning(String message) {
                err.println("WARNING: " + message);
                err.flush();
            }
        };
        return new MigrationCommands(root.catalog(), root.environment(),
                loader(root.config().scriptLocation(), listener::warning), listener);
    }

    /**
     * Java revisions are compiled in-process and cached under {@code <script_location>/.retort-cache},
     * which holds a {@code .gitignore} of its own so that it stays out of version control without
     * {@code init} knowing about it. The compiler is only set up when a Java revision that is more than
     * plain operation calls runs. Where the cache cannot be written, the compiled classes are kept in memory for
     * the run and {@code warnings} is told why.
     */
    static MigrationLoader loader(Path scriptLocation, Consumer<String> warnings) {
        return new MigrationLoader() {
            @Override
            public Map<String, Migration> load(List<RevisionScript> scripts) {
                return scripts.isEmpty() ? Map.of() : compiler().loadWithoutCompilingPlain(scripts);
            }

            @Override
            public CompilingMigrations loadCompilingInBackground(List<RevisionScript> scripts) {
                return scripts.isEmpty() ? CompilingMigrations.compiled(Map.of())
                        : compiler().loadCompilingInBackground(scripts);
            }

            private RevisionCompiler compiler() {
                Path cache = scriptLocation.resolve(RevisionCompiler.CACHE_FOLDER);
                ignoreInGit(cache);
                return new RevisionCompiler(cache).keepingInMemoryWhenUncached(warnings);
            }
        };
    }

    /** Creates the cache folder with a {@code .gitignore} that keeps it out of version control. */
    static void ignoreInGit(Path cache) {
        try {
            Files.createDirectories(cache);
            Path ignore = cache.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# Compiled revisions, rebuilt as needed\n*\n");
            }
        } catch (IOException e) {
            // The compiler reports a cache it cannot write; the .gitignore is a courtesy.
        }
    }
}
