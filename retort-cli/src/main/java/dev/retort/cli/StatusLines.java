package dev.retort.cli;

import dev.retort.script.HookRun;
import dev.retort.script.ScaffoldAction;
import java.nio.file.Path;

/** Alembic's status lines ({@code Generating /path ...  done}). */
final class StatusLines {

    private StatusLines() {}

    static String describe(ScaffoldAction action) {
        return switch (action.kind()) {
            case CREATED_DIRECTORY -> done("Creating directory " + action.path());
            case GENERATED_FILE -> done("Generating " + action.path());
            case SKIPPED_EXISTING -> "File " + action.path() + " already exists, skipping";
        };
    }

    static String generated(Path file) {
        return done("Generating " + file);
    }

    /** Printed on its own line after what the hook printed, as Alembic does. */
    static final String HOOK_DONE = "  done";

    static String hookRunning(HookRun run) {
        return "Running post write hook \"" + run.name() + "\" ...";
    }

    private static String done(String what) {
        return what + " ...  done";
    }
}
