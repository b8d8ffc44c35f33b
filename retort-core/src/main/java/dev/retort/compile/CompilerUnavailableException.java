package dev.retort.compile;

import java.nio.file.Path;
import java.util.List;

/**
 * Java revisions must be compiled but this Java runtime has no compiler (a JRE, or a jlink image without
 * {@code jdk.compiler}). Classes compiled ahead of time into the cache directory, by the same retort
 * version on a JDK, load without one.
 */
public class CompilerUnavailableException extends CompileException {
    private static final long serialVersionUID = 1L;

    private final transient List<Path> files;
    private final transient Path cacheDirectory;

    public CompilerUnavailableException(List<Path> files, Path cacheDirectory) {
        super(message(files, cacheDirectory));
        this.files = List.copyOf(files);
        this.cacheDirectory = cacheDirectory;
    }

    /** The revision files that have no compiled classes in the cache. */
    public List<Path> files() {
        return files;
    }

    public Path cacheDirectory() {
        return cacheDirectory;
    }

    private static String message(List<Path> files, Path cacheDirectory) {
        StringBuilder text = new StringBuilder()
                .append(files.size() == 1 ? "1 Java revision needs" : files.size() + " Java revisions need")
                .append(" compiling, but this Java runtime (").append(System.getProperty("java.home"))
                .append(") has no Java compiler:");
        files.forEach(file -> text.append("\n  ").append(file));
        return text.append("\nRun retort on a JDK (not a JRE), or compile the revisions ahead of time with the ")
                .append("same retort version on a JDK and keep its cache directory ").append(cacheDirectory)
                .append(" next to them.")
                .toString();
    }
}
