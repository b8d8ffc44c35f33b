package dev.retort.compile;

import dev.retort.api.Migration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The migrations of a run's Java revisions while javac may still be compiling some of them on a thread of its
 * own ({@link RevisionCompiler#loadCompilingInBackground}): running one of those waits until its classes are
 * written and loaded, so the run applies the revisions before it meanwhile. Whether every file compiled is known
 * only at the end: a run calls {@link #awaitCompiled()} before it commits anything, and rolls back when that
 * throws.
 */
public final class CompilingMigrations {
    private final Map<String, Migration> migrations;
    private final Optional<BackgroundCompile> compile;

    CompilingMigrations(Map<String, Migration> migrations, Optional<BackgroundCompile> compile) {
        this.migrations = Collections.unmodifiableMap(new LinkedHashMap<>(migrations));
        this.compile = compile;
    }

    /** Migrations that are all loaded already. */
    public static CompilingMigrations compiled(Map<String, Migration> migrations) {
        return new CompilingMigrations(migrations, Optional.empty());
    }

    /** Every migration of the run, by revision id, in the run's order. */
    public Map<String, Migration> migrations() {
        return migrations;
    }

    /**
     * Waits until every revision is compiled and loaded.
     *
     * @throws RevisionCompileException listing every compile error of every file
     * @throws RevisionLoadException listing every file whose classes are not a valid revision
     * @throws CompileException when the cache cannot be written
     */
    public void awaitCompiled() {
        compile.ifPresent(BackgroundCompile::await);
    }

    /** Stops compiling at the next file, the run having failed. */
    public void stop() {
        compile.ifPresent(BackgroundCompile::stop);
    }
}
