package dev.retort.command;

import dev.retort.revision.Revision;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands that work from revision files alone: {@code heads}, {@code branches}, {@code history},
 * {@code show} and {@code edit}. Each returns values; front ends render them with {@link AlembicFormat}.
 */
public final class GraphCommands {

    /** A branch point and the revisions it branches into. */
    public record BranchPoint(RevisionView revision, List<RevisionView> children) {}

    private GraphCommands() {}

    /** Heads including effective heads, or only the real heads with {@code resolveDependencies}. */
    public static List<RevisionView> heads(ScriptCatalog catalog, boolean resolveDependencies) {
        List<String> ids = resolveDependencies ? catalog.graph().realHeads() : catalog.graph().heads();
        return catalog.views(ids);
    }

    public static List<BranchPoint> branches(ScriptCatalog catalog) {
        return catalog.graph().walk("base", "heads").stream()
                .map(Revision::id)
                .filter(id -> catalog.graph().isBranchPoint(id))
                .map(id -> new BranchPoint(catalog.view(id), catalog.views(catalog.graph().children(id))))
                .toList();
    }

    /** The revisions of {@code -r START:END} (either side may be empty), newest first. */
    public static List<RevisionView> history(ScriptCatalog catalog, HistoryRange range) {
        List<Revision> walked = catalog.graph().walk(range.lowerOrBase(), range.upperOrHeads());
        return catalog.views(walked.stream().map(Revision::id).toList());
    }

    /** The revisions a symbol names ({@code show REV}); empty for {@code base}. */
    public static List<RevisionView> show(ScriptCatalog catalog, String symbol) {
        return catalog.views(catalog.graph().resolve(symbol));
    }

    /**
     * The files of the revisions a symbol names, for {@code edit REV}: as Alembic, a symbol naming several
     * ({@code heads}) opens each in turn.
     */
    public static List<Path> filesToEdit(ScriptCatalog catalog, String symbol) {
        List<String> ids = catalog.graph().resolve(symbol);
        if (ids.isEmpty()) {
            throw new CommandException("No revision files indicated by symbol '" + symbol + "'");
        }
        return filesOf(catalog, ids);
    }

    static List<Path> filesOf(ScriptCatalog catalog, List<String> ids) {
        return ids.stream().map(id -> catalog.script(id).path().toAbsolutePath().normalize()).toList();
    }
}
