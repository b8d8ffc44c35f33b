package dev.retort.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Compiles revision sources in one batch; javac in production, wrapped by tests to count batches. */
interface SourceCompiler {

    /**
     * Compiles every source at once, handing each source's classes, by simple name, to {@code compiled} once
     * all of them are written, in the order of {@code sources} and, with javac, while the later sources are
     * still being compiled. A source's classes are in its {@link RevisionSource#packageName()}. What
     * {@code compiled} throws stops the batch and is thrown, as the cause of a {@link RuntimeException} or as is.
     *
     * @throws RevisionCompileException listing every error, when any source does not compile; the sources
     *     handed over before are compiled as they should be
     */
    void compile(List<RevisionSource> sources, List<Path> classPath, BiConsumer<RevisionSource, Map<String, byte[]>> compiled);
}
