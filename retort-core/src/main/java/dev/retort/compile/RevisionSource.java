package dev.retort.compile;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One Java source file ready for javac: its text, its cache key, the package it is compiled into and,
 * for a revision, the id the file was read with (none for other sources, such as models).
 *
 * <p>Revision files have no package declaration, and two of them may declare the same class name. Each
 * is compiled into a package of its own, named after its key, by putting {@code package r_...; } in
 * front of the first line: the line numbers stay as written (only columns on line 1 move, and
 * diagnostics move them back), two classes of one name never clash in a batch, and a revision cannot
 * use another revision's classes by accident.
 */
record RevisionSource(Path file, Optional<String> revisionId, String text, String key) {
    private static final int PACKAGE_KEY_LENGTH = 16;

    RevisionSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(revisionId, "revisionId");
        Objects.requireNonNull(text, "text");
        if (!CacheKeys.isKey(key)) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
    }

    String packageName() {
        return "r_" + key.substring(0, PACKAGE_KEY_LENGTH);
    }

    /** The text handed to javac: the file's text behind a package declaration on its first line. */
    String compiledText() {
        return packagePrefix() + text;
    }

    /** A column javac reports, as counted in the file. */
    long columnInFile(long line, long column) {
        return line == 1 && column > 0 ? Math.max(1, column - packagePrefix().length()) : column;
    }

    /** A compiler or loader message without the package this file was compiled into. */
    String withoutPackage(String message) {
        return message.replace(packageName() + ".", "");
    }

    private String packagePrefix() {
        return "package " + packageName() + "; ";
    }

    /** The line of the file's package declaration, or 0 when it has none (as a revision file should). */
    static int packageDeclarationLine(String text) {
        int at = 0;
        int line = 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\n') {
                line++;
                at++;
            } else if (Character.isWhitespace(c)) {
                at++;
            } else if (text.startsWith("//", at)) {
                int end = text.indexOf('\n', at);
                at = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", at)) {
                int end = text.indexOf("*/", at + 2);
                int stop = end < 0 ? text.length() : end + 2;
                line += (int) text.substring(at, stop).chars().filter(ch -> ch == '\n').count();
                at = stop;
            } else {
                return isKeyword(text, at, "package") ? line : 0;
            }
        }
        return 0;
    }

    private static boolean isKeyword(String text, int at, String keyword) {
        int end = at + keyword.length();
        return text.startsWith(keyword, at) && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)));
    }
}
