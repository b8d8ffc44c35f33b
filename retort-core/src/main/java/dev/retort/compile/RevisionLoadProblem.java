package dev.retort.compile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why one Java revision file cannot be made into a migration although it compiles (or cannot be read at
 * all): the file and the reason, in words a person can act on.
 */
public record RevisionLoadProblem(Path file, String reason) {

    public RevisionLoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code path: reason}. */
    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
