package dev.retort.script;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing {@code init} did, for the command line to report in Alembic's words.
 *
 * @param kind what was done
 * @param path the absolute path it was done to
 */
public record ScaffoldAction(Kind kind, Path path) {

    /** What was done to a path. */
    public enum Kind { CREATED_DIRECTORY, GENERATED_FILE, SKIPPED_EXISTING }

    public ScaffoldAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Alembic's status text: {@code Creating directory /abs}, {@code Generating /abs/x} (to which the
     * command line adds {@code " ...  done"}), or {@code File /abs already exists, skipping}.
     */
    public String description() {
        return switch (kind) {
            case CREATED_DIRECTORY -> "Creating directory " + path;
            case GENERATED_FILE -> "Generating " + path;
            case SKIPPED_EXISTING -> "File " + path + " already exists, skipping";
        };
    }
}
