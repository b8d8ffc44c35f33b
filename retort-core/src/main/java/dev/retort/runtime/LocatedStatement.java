package dev.retort.runtime;

/** A statement of a Java revision and the line of the file that asked for it (0 when not known). */
record LocatedStatement(String sql, int line) {

    /** Where the statement was written: {@code file:line}, or the file alone. */
    String location(String file) {
        return location(file, line);
    }

    /** {@code file:line}, or the file alone where {@code line} is 0. */
    static String location(String file, int line) {
        return line > 0 ? file + ":" + line : file;
    }
}
