package dev.retort.runtime;

import dev.retort.revision.VersionStep;

/**
 * Told about each step as it starts, with Alembic's progress line ({@code Running upgrade a -> b, message}), and
 * about a command that runs but is ambiguous, as Alembic warns.
 */
@FunctionalInterface
public interface MigrationListener {

    MigrationListener SILENT = (step, line) -> { };

    void running(VersionStep step, String line);

    /** A command that runs as asked, though what it was asked is ambiguous. */
    default void warning(String message) {
    }
}
