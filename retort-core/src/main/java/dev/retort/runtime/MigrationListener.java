package dev.retort.runtime;

import dev.retort.revision.VersionStep;
import java.time.Duration;

/**
 * Told about each step as it starts, with Alembic's progress line ({@code Running upgrade a -> b, message}),
 * about a command that runs but is ambiguous, as Alembic warns, and about a wait for the migration lock.
 */
@FunctionalInterface
public interface MigrationListener {

    MigrationListener SILENT = (step, line) -> { };

    void running(VersionStep step, String line);

    /** A command that runs as asked, though what it was asked is ambiguous. */
    default void warning(String message) {
    }

    /** Another run still holds the migration lock a second after this one asked for it; it waits up to {@code timeout}. */
    default void waitingForLock(Duration timeout) {
    }
}
