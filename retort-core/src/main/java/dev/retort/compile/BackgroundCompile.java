package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One javac batch on a thread of its own, whose files' migrations are made as javac writes their classes, in the
 * batch's order: each file's classes are committed to the cache and loaded as soon as javac goes on to the next.
 */
final class BackgroundCompile {
    private final List<RevisionSource> batch;
    private final Map<String, CompletableFuture<Migration>> migrations;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final List<RevisionLoadProblem> problems = new ArrayList<>();
    private final List<Throwable> causes = new ArrayList<>();
    private volatile boolean stopped;

    BackgroundCompile(List<RevisionSource> batch) {
        this.batch = List.copyOf(batch);
        this.migrations = batch.stream().collect(Collectors.toMap(RevisionSource::key,
                source -> new CompletableFuture<>()));
    }

    /** The migration of a file of the batch: run, it waits for its classes. */
    Migration inTurn(RevisionSource source) {
        CompletableFuture<Migration> migration = migrations.get(source.key());
        return new InTurn(() -> {
            try {
                return migration.join();
            } catch (CompletionException | CancellationException e) {
                // What failed is reported for the whole batch, as when every file is compiled before the run.
                await();
                throw new IllegalStateException("a revision was not compiled", e);
            }
        });
    }

    /** Starts javac; {@code commit} caches (or keeps) each file's classes, which {@code factory} loads from the cache. */
    void start(SourceCompiler compiler, List<Path> classPath, BiConsumer<RevisionSource, Map<String, byte[]>> commit,
            ClassCache cache, MigrationFactory factory) {
        Thread thread = new Thread(() -> compile(compiler, classPath, commit, cache, factory), "retort-javac");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the whole batch; throws what compiling it or loading a file's classes threw. */
    void await() {
        try {
            done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    void stop() {
        stopped = true;
    }

    private void compile(SourceCompiler compiler, List<Path> classPath,
            BiConsumer<RevisionSource, Map<String, byte[]>> commit, ClassCache cache, MigrationFactory factory) {
        try {
            compiler.compile(batch, classPath, (source, classes) -> {
                if (stopped) {
                    throw new CancellationException("the run stopped");
                }
                commit.accept(source, classes);
                make(source, factory, cache);
            });
            if (!problems.isEmpty()) {
                RevisionLoadException failure = new RevisionLoadException(problems);
                causes.forEach(failure::addSuppressed);
                throw failure;
            }
            done.complete(null);
        } catch (RuntimeException | Error e) {
            // What the callback above throws comes out of javac as the cause of a plain RuntimeException.
            Throwable failure = e.getClass() == RuntimeException.class && e.getCause() != null ? e.getCause() : e;
            done.completeExceptionally(failure);
            migrations.values().forEach(migration -> migration.completeExceptionally(failure));
        }
    }

    private void make(RevisionSource source, MigrationFactory factory, ClassCache cache) {
        CompletableFuture<Migration> migration = migrations.get(source.key());
        try {
            migration.complete(factory.create(source, cache));
        } catch (MigrationFactory.InvalidRevision e) {
            problems.add(new RevisionLoadProblem(source.file(), source.withoutPackage(e.getMessage())));
            if (e.getCause() != null) {
                causes.add(e.getCause());
            }
            migration.completeExceptionally(e);
        }
    }

    /** A migration that runs the one {@code compiled} gives once it is there. */
    private record InTurn(Supplier<Migration> compiled) implements Migration {
        @Override
        public void upgrade(Operations op) throws Exception {
            compiled.get().upgrade(op);
        }

        @Override
        public void downgrade(Operations op) throws Exception {
            compiled.get().downgrade(op);
        }
    }
}
