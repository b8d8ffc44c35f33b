package dev.retort.command;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.RetortConfig;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionGraphException;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptDirectory;
import dev.retort.script.ScriptException;
import java.nio.file.Files;
import java.util.List;

/**
 * The revision files of one environment together with the graph they form. Loading reads file headers
 * only: nothing is compiled or executed.
 */
public final class ScriptCatalog {
    private final RetortConfig config;
    private final ScriptDirectory directory;
    private final RevisionGraph graph;

    private ScriptCatalog(RetortConfig config, ScriptDirectory directory, RevisionGraph graph) {
        this.config = config;
        this.directory = directory;
        this.graph = graph;
    }

    /**
     * Reads every version location of the configuration and builds the graph. A script location that does not
     * exist is refused with Alembic's words.
     */
    public static ScriptCatalog load(RetortConfig config) {
        if (!Files.exists(config.scriptLocation())) {
            throw new ScriptException("Path doesn't exist: '" + config.scriptLocation() + "'.  Please use the 'init'"
                    + " command to create a new scripts folder.");
        }
        ScriptDirectory directory = ScriptDirectory.load(config.versionLocations());
        try {
            return new ScriptCatalog(config, directory, RevisionGraph.of(directory.revisions()));
        } catch (RevisionGraphException e) {
            throw e.locatedIn(id -> directory.script(id).map(RevisionScript::path));
        }
    }

    public RetortConfig config() {
        return config;
    }

    /** The database URL the configuration names; an error saying where to set one when there is none. */
    public DatabaseUrl databaseUrl() {
        return config.requireDatabaseUrl();
    }

    public ScriptDirectory directory() {
        return directory;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public RevisionScript script(String id) {
        return directory.script(id).orElseThrow(() -> new IllegalStateException("no file for revision " + id));
    }

    /** The view of one revision as the graph commands show it. */
    public RevisionView view(String id) {
        RevisionScript script = script(id);
        Revision revision = script.revision();
        return new RevisionView(
                id,
                revision.downRevisions(),
                revision.dependsOn(),
                graph.branchLabels(id),
                graph.isHead(id),
                graph.isHead(id) && !graph.isEffectiveHead(id),
                graph.isBranchPoint(id),
                graph.isMergePoint(id),
                graph.children(id),
                false,
                script.docstring(),
                script.path().toAbsolutePath().normalize());
    }

    public List<RevisionView> views(List<String> ids) {
        return ids.stream().map(this::view).toList();
    }
}
