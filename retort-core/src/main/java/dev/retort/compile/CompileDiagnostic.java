package dev.retort.compile;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One error javac reported for a revision file, positioned as the file is written.
 *
 * @param file the revision file, or {@code null} when the compiler's message concerns no file
 * @param line the line, from 1 ({@code 0} when unknown)
 * @param column the column, from 1 ({@code 0} when unknown)
 * @param message javac's message; it may span several lines
 */
public record CompileDiagnostic(Path file, long line, long column, String message) {

    public CompileDiagnostic {
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be 0 (unknown) or positive");
        }
    }

    /** {@code path:line:column: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (file == null) {
            return "javac: " + message;
        }
        if (line == 0) {
            return file + ": " + message;
        }
        return column == 0 ? file + ":" + line + ": " + message : file + ":" + line + ":" + column + ": " + message;
    }
}
