package dev.retort.script;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why one revision file cannot be read: the file, the line the problem is on ({@code 0} when it
 * concerns the whole file) and the reason, in words a person can act on.
 */
public record RevisionFileProblem(Path path, int line, String reason) {

    public RevisionFileProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or positive: " + line);
        }
    }

    /** {@code path:line: reason}, or {@code path: reason} when no line applies. */
    @Override
    public String toString() {
        return line == 0 ? path + ": " + reason : path + ":" + line + ": " + reason;
    }
}
