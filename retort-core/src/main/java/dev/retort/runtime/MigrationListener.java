package dev.retort.runtime;

import dev.retort.revision.VersionStep;

/** Told about each step as it starts, with Alembic's progress line ({@code Running upgrade a -> b, message}). */
@FunctionalInterface
public interface MigrationListener {

    MigrationListener SILENT = (step, line) -> { };

    void running(VersionStep step, String line);
}
