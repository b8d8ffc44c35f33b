package dev.retort.runtime;

import java.util.function.IntSupplier;

/**
 * A statement of a Java revision and what tells the line of the file that asked for it (0 when not known),
 * worked out when asked for.
 */
record LocatedStatement(String sql, IntSupplier line) {

    /** Where the statement was written: {@code file:line}, or the file alone. */
    String location(String file) {
        return location(file, line.getAsInt());
    }

    /**
     * The file name at the end of a location's path, found in the text: a path whose name the platform's
     * charset cannot encode (a non-ASCII name under a C locale) is still a location.
     */
    static String fileNameOf(String location) {
        return location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
    }

    /** {@code file:line}, or the file alone where {@code line} is 0. */
    static String location(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }
}
