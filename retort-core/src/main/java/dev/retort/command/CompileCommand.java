package dev.retort.command;

import dev.retort.compile.CompileSummary;
import dev.retort.compile.RevisionCompiler;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionScript;
import java.nio.file.Path;
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
        List<RevisionScript> javaScripts = catalog.directory().scripts().stream()
                .filter(script -> script.format() == RevisionFormat.JAVA)
                .toList();
        return new RevisionCompiler(cacheDirectory()).compileNotPlain(javaScripts);
    }
}
