package dev.retort.runtime;

import dev.retort.hook.EnvironmentHook;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run needs besides its steps.
 *
 * @param transactionPerMigration one transaction per revision instead of one for the whole run
 * @param tag the {@code --tag} argument, kept for revisions and hooks
 * @param loader makes Java revisions runnable
 * @param listener told as each step starts
 * @param xArguments the {@code -x key=value} arguments, which Java revisions read through {@code op.xArgument}
 * @param hook the environment's callbacks before and after each step
 * @param hookFile the hook's source, as a failure in its callbacks names it
 */
public record RunSettings(boolean transactionPerMigration, Optional<String> tag, MigrationLoader loader,
        MigrationListener listener, Map<String, String> xArguments, EnvironmentHook hook, String hookFile) {

    /** An environment without hook. */
    public static final EnvironmentHook NO_HOOK = new EnvironmentHook() { };

    public RunSettings {
        xArguments = Map.copyOf(xArguments);
        Objects.requireNonNull(hook, "hook");
        Objects.requireNonNull(hookFile, "hookFile");
    }

    public RunSettings(boolean transactionPerMigration, Optional<String> tag, MigrationLoader loader,
            MigrationListener listener, Map<String, String> xArguments) {
        this(transactionPerMigration, tag, loader, listener, xArguments, NO_HOOK, "Environment.java");
    }
}
