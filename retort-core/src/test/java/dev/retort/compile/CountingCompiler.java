package dev.retort.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The real javac, remembering each batch it was given (by file name). */
final class CountingCompiler implements SourceCompiler, Supplier<Optional<SourceCompiler>> {
    private final SourceCompiler javac = JavacCompiler.system().orElseThrow();
    private final List<List<String>> batches = new ArrayList<>();

    @Override
    public synchronized Map<String, byte[]> compile(List<RevisionSource> sources, List<Path> classPath) {
        batches.add(sources.stream().map(source -> source.file().getFileName().toString()).toList());
        return javac.compile(sources, classPath);
    }

    @Override
    public Optional<SourceCompiler> get() {
        return Optional.of(this);
    }

    synchronized List<List<String>> batches() {
        return List.copyOf(batches);
    }
}
