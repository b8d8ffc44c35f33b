package dev.retort.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Compiles revision sources in one batch; javac in production, wrapped by tests to count batches. */
interface SourceCompiler {

    /**
     * Compiles every source at once and returns every class of the batch, by binary name
     * ({@code r_0123456789abcdef.Step1}: each source's classes are in its {@link RevisionSource#packageName()}).
     *
     * @throws RevisionCompileException listing every error, when any source does not compile
     */
    Map<String, byte[]> compile(List<RevisionSource> sources, List<Path> classPath);
}
