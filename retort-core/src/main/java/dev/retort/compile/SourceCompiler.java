package dev.retort.compile;

import java.nio.file.Path;
import java.util.List;

/** Compiles revision sources in one batch; javac in production, wrapped by tests to count batches. */
interface SourceCompiler {

    /**
     * Compiles every source at once, writing each one's class files under {@code output} in the folder of
     * its package ({@link RevisionSource#packageName()}).
     *
     * @throws RevisionCompileException listing every error, when any source does not compile
     */
    void compile(List<RevisionSource> sources, List<Path> classPath, Path output);
}
