package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.compile.CompilingMigrations;
import dev.retort.script.RevisionScript;
import java.util.List;
import java.util.Map;

/**
 * Makes runnable {@link Migration}s of Java revisions, by revision id: the in-process compiler in the
 * command-line tool, precompiled classes in an application.
 */
public interface MigrationLoader {

    /** A loader for environments with SQL revisions only; a Java revision is then an error. */
    MigrationLoader NONE = scripts -> {
        if (!scripts.isEmpty()) {
            throw new MigrationException("Can't run Java revision " + scripts.get(0).id() + " ("
                    + scripts.get(0).path() + "): no compiler or precompiled classes are available");
        }
        return Map.of();
    };

    Map<String, Migration> load(List<RevisionScript> javaScripts);

    /**
     * Like {@link #load}, except that revisions still to be compiled may be compiled while the run goes on
     * ({@link dev.retort.compile.RevisionCompiler#loadCompilingInBackground}); by default, everything is loaded
     * first.
     */
    default CompilingMigrations loadCompilingInBackground(List<RevisionScript> javaScripts) {
        return CompilingMigrations.compiled(load(javaScripts));
    }
}
