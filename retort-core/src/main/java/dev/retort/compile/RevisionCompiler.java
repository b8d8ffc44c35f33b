package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns Java revision files into {@link Migration}s. Every file whose classes are not yet in the cache
 * directory is compiled in one in-process javac batch ({@code javax.tools}); the classes are stored under
 * a SHA-256 key of the file's content and of the compiler setup (target release, retort version, the API
 * classes), so an unchanged file is never compiled twice, by this process or any other sharing the
 * directory. Each revision's classes are loaded in a class loader of their own, whose parent is the
 * loader of {@code dev.retort.api} (through a loader for the extra class path, if one is given).
 *
 * <p>Each file is compiled into a package of its own, named after its key ({@code r_} and 16 hex digits),
 * declared in front of its first line, so line numbers in diagnostics and stack traces are as written, two
 * revisions may declare the same class name, and a revision cannot use another's classes. Messages leave
 * that package out.
 *
 * <p>Compiling needs a JDK. On a runtime without a compiler, classes already in the cache still load:
 * run {@link #compile(List)} (or {@link #load(List)}) once on a JDK with the same retort version, in CI or
 * while building an image, and ship the cache directory.
 *
 * <p>Cache layout: {@code <cache>/<key>.jar} holding {@code <ClassName>.class} (plus nested classes), where
 * {@code <key>} is 64 hex digits; each entry appears by one atomic rename of a complete file written as
 * {@code <cache>/.batch-*}. javac's output stays in memory until then.
 */
public final class RevisionCompiler {
    /** The cache directory's name under the script location: revisions, models and the hook share it. */
    public static final String CACHE_FOLDER = ".retort-cache";

    private final ClassCache cache;
    private final List<Path> extraClassPath;
    private final Supplier<Optional<SourceCompiler>> compilers;
    private final CacheKeys keys;
    /** Told, once, why compiled classes are kept in memory when the cache cannot take them; empty: that fails. */
    private final Optional<Consumer<String>> cacheFallback;
    private final AtomicBoolean toldOfFallback = new AtomicBoolean();
    private ClassLoader parentLoader;

    /** A compiler whose revisions compile against retort's API only. */
    public RevisionCompiler(Path cacheDirectory) {
        this(cacheDirectory, List.of());
    }

    /**
     * A compiler whose revisions may also use the public classes on {@code extraClassPath} (folders or
     * jars, in named packages), when compiling and when running. The cache key covers these classes: a file
     * is compiled again when they change.
     */
    public RevisionCompiler(Path cacheDirectory, List<Path> extraClassPath) {
        this(cacheDirectory, extraClassPath, RevisionCompiler::systemCompiler,
                CacheKeys.current().with(extraClassPath));
    }

    RevisionCompiler(Path cacheDirectory, List<Path> extraClassPath, Supplier<Optional<SourceCompiler>> compilers,
            CacheKeys keys) {
        this(cacheDirectory, extraClassPath, compilers, keys, Optional.empty());
    }

    private RevisionCompiler(Path cacheDirectory, List<Path> extraClassPath,
            Supplier<Optional<SourceCompiler>> compilers, CacheKeys keys, Optional<Consumer<String>> cacheFallback) {
        this.cache = new ClassCache(Objects.requireNonNull(cacheDirectory, "cacheDirectory"));
        this.extraClassPath = List.copyOf(extraClassPath);
        this.compilers = Objects.requireNonNull(compilers, "compilers");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.cacheFallback = cacheFallback;
    }

    /**
     * This compiler, except that classes the cache directory cannot take (a read-only checkout, a full disk) are
     * kept in memory for this process instead of failing the load; {@code warnings} is told why, once. {@link
     * #compile(List)} and {@link #compileNotPlain(List)}, whose work is to fill the cache, still fail.
     */
    public RevisionCompiler keepingInMemoryWhenUncached(Consumer<String> warnings) {
        return new RevisionCompiler(cache.directory(), extraClassPath, compilers, keys, Optional.of(warnings));
    }

    public Path cacheDirectory() {
        return cache.directory();
    }

    /**
     * Compiles every stale script in one javac batch, loads all of them and returns a migration per
     * revision id, in the order of {@code javaScripts}.
     *
     * @throws RevisionLoadException listing every file that cannot be read or is not a valid revision
     * @throws RevisionCompileException listing every compile error of every file; nothing was cached
     * @throws CompilerUnavailableException when files must be compiled and this runtime has no compiler
     */
    public Map<String, Migration> load(List<RevisionScript> javaScripts) {
        List<RevisionSource> sources = RevisionSources.read(javaScripts, keys);
        compileStale(sources);
        return instantiate(sources);
    }

    /**
     * Compiles one Java source file that is not a revision, such as an environment's models, exactly as
     * revisions are compiled (no package declaration, javac only when its content is not cached, a package
     * and class loader of its own) and returns its top-level classes, sorted by name and not initialised.
     *
     * @throws RevisionLoadException when the file cannot be read, declares a package, or its classes cannot
     *     be loaded; its one problem names the file
     * @throws RevisionCompileException listing every compile error of the file
     * @throws CompilerUnavailableException when the file must be compiled and this runtime has no compiler
     */
    public List<Class<?>> loadClasses(Path sourceFile) {
        RevisionSource source = RevisionSources.read(sourceFile, keys);
        compileStale(List.of(source));
        try {
            MigrationFactory factory = new MigrationFactory(parentLoader());
            return mendingEntry(source, classes -> factory.topLevelClasses(source, classes));
        } catch (MigrationFactory.InvalidRevision e) {
            RevisionLoadException failure = new RevisionLoadException(List.of(new RevisionLoadProblem(source.file(),
                    source.withoutPackage(e.getMessage()))));
            Optional.ofNullable(e.getCause()).ifPresent(failure::addSuppressed);
            throw failure;
        }
    }

    /**
     * Like {@link #load(List)}, except that a revision made of nothing but operation calls (see
     * {@link PlainRevision}) runs without javac: its calls are resolved to API methods when the file is read
     * and made through reflection, with the same arguments in the same order. The others are compiled and
     * loaded as {@code load} does; the result is in the order of {@code javaScripts}.
     */
    public Map<String, Migration> loadWithoutCompilingPlain(List<RevisionScript> javaScripts) {
        PlainOrNot read = readPlainOrNot(javaScripts);
        compileStale(read.others());
        return read.inOrder(instantiate(read.others()));
    }

    /**
     * Like {@link #loadWithoutCompilingPlain(List)}, except that the files javac compiles are compiled on a thread
     * of its own while the caller goes on: their migrations wait for their classes when they run. Files that
     * cannot be read, a missing compiler and cached classes that are not a valid revision are reported here;
     * compile errors, and compiled classes that are not a valid revision, by {@link
     * CompilingMigrations#awaitCompiled()} (and by running a migration of the batch).
     */
    public CompilingMigrations loadCompilingInBackground(List<RevisionScript> javaScripts) {
        PlainOrNot read = readPlainOrNot(javaScripts);
        List<RevisionSource> batch = stale(read.others());
        if (batch.isEmpty()) {
            return CompilingMigrations.compiled(read.inOrder(instantiate(read.others())));
        }
        SourceCompiler compiler = compilerFor(batch);
        Set<String> compiling = batch.stream().map(RevisionSource::key).collect(Collectors.toSet());
        Map<String, Migration> loaded = new HashMap<>(instantiate(read.others().stream()
                .filter(source -> !compiling.contains(source.key()))
                .toList()));
        BackgroundCompile compile = new BackgroundCompile(batch);
        batch.forEach(source -> loaded.put(source.revisionId().orElseThrow(), compile.inTurn(source)));
        compile.start(compiler, classPath(), this::commit, cache, new MigrationFactory(parentLoader()));
        return new CompilingMigrations(read.inOrder(loaded), Optional.of(compile));
    }

    /**
     * The files read, with the migrations of those made of operation calls ({@link PlainRevision}) by revision
     * id, and the others; a file compiled before is not read as operation calls: its classes are at hand.
     */
    private PlainOrNot readPlainOrNot(List<RevisionScript> javaScripts) {
        List<RevisionSource> sources = RevisionSources.read(javaScripts, keys);
        List<Optional<Migration>> plainOrNot = sources.parallelStream()
                .map(source -> cache.contains(source.key()) ? Optional.<Migration>empty()
                        : PlainRevision.of(source.text()))
                .toList();
        Map<String, Migration> plain = new HashMap<>();
        List<RevisionSource> others = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RevisionSource source = sources.get(i);
            Optional<Migration> migration = plainOrNot.get(i);
            if (migration.isPresent()) {
                plain.put(source.revisionId().orElseThrow(), migration.get());
            } else {
                others.add(source);
            }
        }
        return new PlainOrNot(sources, plain, others);
    }

    private record PlainOrNot(List<RevisionSource> sources, Map<String, Migration> plain,
            List<RevisionSource> others) {
        /** Every file's migration, in the order of the files: plain ones, or from {@code loaded} by revision id. */
        Map<String, Migration> inOrder(Map<String, Migration> loaded) {
            Map<String, Migration> migrations = new LinkedHashMap<>();
            for (RevisionSource source : sources) {
                String id = source.revisionId().orElseThrow();
                migrations.put(id, plain.containsKey(id) ? plain.get(id) : loaded.get(id));
            }
            return migrations;
        }
    }

    /**
     * Compiles every stale script that {@link #loadWithoutCompilingPlain(List)} would compile (all but the plain
     * ones) in one javac batch into the cache, so that running them later needs no compiler; then loads each
     * as a run would, so that a file a run would refuse (two revision classes, a class that is not a
     * {@link Migration}) is refused here, and a damaged cache entry is compiled again.
     *
     * @throws RevisionLoadException listing every file that cannot be read or is not a valid revision
     * @throws RevisionCompileException listing every compile error of every file; nothing was cached
     * @throws CompilerUnavailableException when files must be compiled and this runtime has no compiler
     */
    public CompileSummary compileNotPlain(List<RevisionScript> javaScripts) {
        List<RevisionSource> sources = RevisionSources.read(javaScripts, keys);
        List<RevisionSource> others = sources.stream()
                .filter(source -> PlainRevision.of(source.text()).isEmpty())
                .toList();
        others.forEach(source -> cache.deleteIfUnreadable(source.key()));
        long stale = others.stream().filter(source -> !cache.contains(source.key())).count();
        compileStale(others, this::commitToCache);
        instantiate(others);
        return new CompileSummary((int) stale, others.size() - (int) stale, sources.size() - others.size());
    }

    /**
     * Compiles every stale script in one javac batch into the cache without loading anything, e.g. to ship
     * compiled revisions to a runtime without a JDK; returns how many files were compiled.
     */
    public int compile(List<RevisionScript> javaScripts) {
        return compileStale(RevisionSources.read(javaScripts, keys), this::commitToCache).size();
    }

    /**
     * Deletes the cached classes of every file not in {@code javaScripts} (edited, deleted or compiled by
     * another retort version); returns how many entries were deleted. Another process still running those
     * revisions may fail, so call this when nothing else uses the cache.
     */
    public int prune(List<RevisionScript> javaScripts) {
        return prune(javaScripts, List.of());
    }

    /**
     * Like {@link #prune(List)}, keeping as well the cache entries {@code otherKeys}: those of files compiled
     * with {@link #loadClasses(Path)} (the environment hook, models), as {@link #cacheKeyOf(Path)} of their
     * compilers gives them.
     */
    public int prune(List<RevisionScript> javaScripts, Collection<String> otherKeys) {
        Set<String> live = RevisionSources.read(javaScripts, keys).stream()
                .map(RevisionSource::key)
                .collect(Collectors.toSet());
        live.addAll(otherKeys);
        try {
            return cache.prune(live);
        } catch (UncheckedIOException e) {
            throw new CompileException("Cannot prune the cache directory " + cache.directory() + " (" + e.getCause()
                    + ")", e.getCause());
        }
    }

    private List<RevisionSource> compileStale(List<RevisionSource> sources) {
        return compileStale(sources, this::commit);
    }

    /** Compiles the stale sources in one batch and hands each file's classes, once all compiled, to {@code commit}. */
    private List<RevisionSource> compileStale(List<RevisionSource> sources,
            BiConsumer<RevisionSource, Map<String, byte[]>> commit) {
        List<RevisionSource> batch = stale(sources);
        if (batch.isEmpty()) {
            return batch;
        }
        Map<RevisionSource, Map<String, byte[]>> compiled = new LinkedHashMap<>();
        compilerFor(batch).compile(batch, classPath(), compiled::put);
        compiled.forEach(commit);
        return batch;
    }

    /** Caches a file's classes, or keeps them in memory and says why if this compiler may. */
    private void commit(RevisionSource source, Map<String, byte[]> classes) {
        if (cacheFallback.isEmpty()) {
            cache.commit(source.key(), classes);
            return;
        }
        cache.commitOrKeep(source.key(), classes).ifPresent(reason -> {
            if (toldOfFallback.compareAndSet(false, true)) {
                cacheFallback.get().accept(reason);
            }
        });
    }

    /** Caches a file's classes whatever this compiler may otherwise do: the cache is what is asked for. */
    private void commitToCache(RevisionSource source, Map<String, byte[]> classes) {
        cache.commit(source.key(), classes);
    }

    /** The sources whose classes are not in the cache, one per key, in order. */
    private List<RevisionSource> stale(List<RevisionSource> sources) {
        Map<String, RevisionSource> stale = new LinkedHashMap<>();
        for (RevisionSource source : sources) {
            if (!cache.contains(source.key())) {
                stale.putIfAbsent(source.key(), source);
            }
        }
        return List.copyOf(stale.values());
    }

    private SourceCompiler compilerFor(List<RevisionSource> batch) {
        return compilers.get().orElseThrow(() -> new CompilerUnavailableException(
                batch.stream().map(RevisionSource::file).toList(), cache.directory()));
    }

    /** Loads the revisions' classes, in parallel, and makes their migrations, in order. */
    private Map<String, Migration> instantiate(List<RevisionSource> sources) {
        MigrationFactory factory = new MigrationFactory(parentLoader());
        List<Object> made = sources.parallelStream().map(source -> {
            try {
                return (Object) mendingEntry(source, classes -> factory.create(source, classes));
            } catch (MigrationFactory.InvalidRevision e) {
                return e;
            }
        }).toList();
        Map<String, Migration> migrations = new LinkedHashMap<>();
        List<RevisionLoadProblem> problems = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RevisionSource source = sources.get(i);
            if (made.get(i) instanceof Migration migration) {
                migrations.put(source.revisionId().orElseThrow(), migration);
            } else {
                MigrationFactory.InvalidRevision e = (MigrationFactory.InvalidRevision) made.get(i);
                problems.add(new RevisionLoadProblem(source.file(), source.withoutPackage(e.getMessage())));
                Optional.ofNullable(e.getCause()).ifPresent(causes::add);
            }
        }
        if (!problems.isEmpty()) {
            RevisionLoadException failure = new RevisionLoadException(problems);
            causes.forEach(failure::addSuppressed);
            throw failure;
        }
        return migrations;
    }

    /** What is made from a file's cached classes. */
    @FunctionalInterface
    private interface EntryUse<T> {
        T apply(ClassCache cache) throws MigrationFactory.InvalidRevision;
    }

    /**
     * {@code use} applied to the source's cache entry; an entry that cannot be read (cut short, overwritten) is
     * compiled again from the source, once, as if it had never been cached.
     */
    private <T> T mendingEntry(RevisionSource source, EntryUse<T> use) throws MigrationFactory.InvalidRevision {
        try {
            return use.apply(cache);
        } catch (MigrationFactory.InvalidRevision e) {
            if (!e.damagedEntry()) {
                throw e;
            }
            cache.delete(source.key());
            compileStale(List.of(source));
            return use.apply(cache);
        }
    }

    /**
     * The cache entry {@link #loadClasses(Path)} uses for {@code sourceFile}: empty when the file does not
     * exist.
     */
    public Optional<String> cacheKeyOf(Path sourceFile) {
        return Files.isRegularFile(sourceFile) ? Optional.of(RevisionSources.read(sourceFile, keys).key())
                : Optional.empty();
    }

    /** The class path revisions compile against: wherever {@code dev.retort.api} comes from, then the extras. */
    List<Path> classPath() {
        return Stream.concat(apiClassPath().stream(), extraClassPath.stream()).toList();
    }

    private static List<Path> apiClassPath() {
        CodeSource source = Migration.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location != null && "file".equals(location.getProtocol())) {
            try {
                return List.of(Path.of(location.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Fall back to the JVM's class path below.
            }
        }
        return Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(Path::of)
                .toList();
    }

    private synchronized ClassLoader parentLoader() {
        if (parentLoader == null) {
            ClassLoader api = Migration.class.getClassLoader();
            parentLoader = extraClassPath.isEmpty() ? api
                    : new URLClassLoader("retort revision class path", urls(extraClassPath), api);
        }
        return parentLoader;
    }

    private static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a class path entry: " + paths.get(i), e);
            }
        }
        return urls;
    }

    /** The JDK's compiler, looked up only when something is stale; a runtime may lack the compiler API. */
    private static Optional<SourceCompiler> systemCompiler() {
        if (ModuleLayer.boot().findModule("java.compiler").isEmpty()) {
            return Optional.empty();
        }
        return JavacCompiler.system();
    }
}
