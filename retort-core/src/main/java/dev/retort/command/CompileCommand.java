package dev.retort.command;

import dev.retort.compile.CompileSummary;
import dev.retort.compile.RevisionCompiler;
import dev.retort.config.ModelSource;
import dev.retort.environment.EnvironmentLoader;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code compile}: compiles every Java revision of the environment that needs javac and is not yet in
 * the cache ({@code <script_location>/.retort-cache}), without touching a database. Run in a build step or
 * while building an image, with the retort version that will run the revisions, it leaves nothing for
 * {@code upgrade} or {@code downgrade} to compile.
 */
public final class CompileCommand {
    private final ScriptCatalog catalog;

    public CompileCommand(ScriptCatalog catalog) {
        this.catalog = catalog;
    }

    /** The folder the classes are cached in. */
    public Path cacheDirectory() {
        return catalog.config().scriptLocation().resolve(RevisionCompiler.CACHE_FOLDER);
    }

    /**
     * Compiles the stale revisions in one batch and says how many it compiled, how many were up to date and
     * how many run without javac.
     *
     * @throws dev.retort.compile.RevisionCompileException naming every error's file, line and column;
     *     nothing was cached
     */
    public CompileSummary compile() {
        return new RevisionCompiler(cacheDirectory()).compileNotPlain(javaScripts());
    }

    /**
     * Deletes the cached classes of files that are gone or have changed since (and those an earlier retort
     * compiled), keeping the revisions', the environment hook's and the models file's; says how many it
     * deleted. Run it when no other retort process uses the cache.
     */
    public int prune() {
        List<String> others = new ArrayList<>();
        EnvironmentLoader.cacheKey(catalog.config()).ifPresent(others::add);
        catalog.config().models().ifPresent(models -> {
            if (models instanceof ModelSource.SourceFile file) {
                new RevisionCompiler(cacheDirectory(), file.classPath()).cacheKeyOf(file.file()).ifPresent(others::add);
            }
        });
        return new RevisionCompiler(cacheDirectory()).prune(javaScripts(), others);
    }

    private List<RevisionScript> javaScripts() {
        return catalog.directory().scripts().stream()
                .filter(script -> script.format() == RevisionFormat.JAVA)
                .toList();
    }
}
