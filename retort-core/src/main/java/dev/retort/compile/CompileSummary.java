package dev.retort.compile;

/**
 * What compiling a set of Java revisions ahead of time did.
 *
 * @param compiled revisions javac compiled into the cache now
 * @param upToDate revisions that need javac and whose classes were already in the cache
 * @param plain revisions made only of operation calls, which run without javac and need no classes
 */
public record CompileSummary(int compiled, int upToDate, int plain) {

    public CompileSummary {
        if (compiled < 0 || upToDate < 0 || plain < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
