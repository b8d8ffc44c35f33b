package dev.retort.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** The real javac, remembering each batch it was given (by file name). */
final class CountingCompiler implements SourceCompiler, Supplier<Optional<SourceCompiler>> {
    private final SourceCompiler javac = JavacCompiler.system().orElseThrow();
    private final List<List<String>> batches = new ArrayList<>();

    @Override
    public void compile(List<RevisionSource> sources, List<Path> classPath,
            BiConsumer<RevisionSource, Map<String, byte[]>> compiled) {
        synchronized (this) {
            batches.add(sources.stream().map(source -> source.file().getFileName().toString()).toList());
        }
        javac.compile(sources, classPath, compiled);
    }

    @Override
    public Optional<SourceCompiler> get() {
        return Optional.of(this);
    }

    synchronized List<List<String>> batches() {
        return List.copyOf(batches);
    }
}
