package dev.retort.command;

import dev.retort.config.PostWriteHook;
import dev.retort.config.RetortConfig;
import dev.retort.revision.MultipleHeadsException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.script.HookCommand;
import dev.retort.script.HookRun;
import dev.retort.script.NewRevision;
import dev.retort.script.PostWriteHooks;
import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionFormat;
import dev.retort.script.RevisionIds;
import dev.retort.script.RevisionScript;
import dev.retort.script.RevisionWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code revision} and {@code merge}: work out the parents, the dependencies and the file, check the
 * resulting graph, and only then write the file. Nothing is written when any check fails.
 */
public final class RevisionCommand {

    /** The written file and the post-write hooks that ran on it. */
    public record Result(RevisionScript script, List<HookRun> hookRuns) {}

    private static final String MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision on"
            + " which the new revision should be based, or perform a merge.";

    private final ScriptCatalog catalog;
    private final Clock clock;

    public RevisionCommand(ScriptCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public Result revision(RevisionRequest request) {
        return revision(request, RevisionBodies.EMPTY);
    }

    /** A new revision whose upgrade and downgrade are already written, as autogenerate writes them. */
    public Result revision(RevisionRequest request, RevisionBodies bodies) {
        String id = request.revisionId().orElseGet(RevisionIds::random);
        RevisionIds.validateNew(id);
        List<String> parents = resolveHeads(request.heads());
        if (!request.splice()) {
            requireHeads(parents);
        }
        List<String> dependsOn = resolveDependencies(request.dependsOn());
        Revision revision = new Revision(id, parents, request.branchLabels(), dependsOn);
        checkGraphWith(revision);
        Path location = versionLocation(request.versionPath(), parents);
        RevisionFormat format = request.format().orElse(RevisionFormat.parse(config().revisionFormat()));
        NewRevision newRevision = new NewRevision(id, parents, request.branchLabels(), dependsOn,
                request.message().orElse(null), format, bodies.upgrade().orElse(null), bodies.downgrade().orElse(null),
                bodies.imports());
        return write(newRevision, location);
    }

    /**
     * {@code merge REVS...}: a revision whose parents are the given heads (two or more); a revision that
     * is not a head is refused unless the request splices.
     */
    public Result merge(RevisionRequest request) {
        List<String> parents = resolveHeads(request.heads());
        // As Alembic, a revision that is not a head is named first, however many were given.
        for (String parent : parents) {
            if (!request.splice() && !graph().isHead(parent)) {
                throw new CommandException("Revision " + parent + " is not a head revision; merge joins head"
                        + " revisions only: name heads (list them with 'retort heads'), or 'heads' for all of them");
            }
        }
        if (parents.size() < 2) {
            throw new CommandException("Nothing to merge: " + String.join(" ", request.heads())
                    + " resolves to " + (parents.isEmpty() ? "no revision" : "the single revision " + parents.get(0))
                    + "; a merge needs two or more heads");
        }
        return revision(new RevisionRequest(request.message(), parents, request.splice(), request.branchLabels(),
                request.versionPath(), request.revisionId(), request.dependsOn(), request.format()));
    }

    private List<String> resolveHeads(List<String> symbols) {
        List<String> parents = new ArrayList<>();
        for (String symbol : symbols) {
            try {
                parents.addAll(graph().resolve(symbol));
            } catch (MultipleHeadsException e) {
                throw new CommandException(MULTIPLE_HEADS);
            }
        }
        if (new HashSet<>(parents).size() != parents.size()) {
            throw new CommandException("Duplicate head revisions specified");
        }
        return parents;
    }

    private void requireHeads(List<String> parents) {
        for (String parent : parents) {
            if (!graph().isHead(parent)) {
                throw new CommandException("Revision " + parent + " is not a head revision; please specify"
                        + " --splice to create a new branch from this revision");
            }
        }
    }

    /** Prefixes become full ids; a branch label stays a label, as Alembic writes it. */
    private List<String> resolveDependencies(List<String> symbols) {
        List<String> resolved = new ArrayList<>();
        for (String symbol : symbols) {
            String id = graph().resolveOne(symbol);
            resolved.add(graph().branchLabels(id).contains(symbol) ? symbol : id);
        }
        return List.copyOf(new LinkedHashSet<>(resolved));
    }

    /** Refuses a duplicate id or label, a cycle, or anything else the new graph would reject. */
    private void checkGraphWith(Revision revision) {
        catalog.directory().script(revision.id()).ifPresent(existing -> {
            throw new CommandException("Revision id '" + revision.id() + "' is already used by "
                    + existing.path().toAbsolutePath().normalize() + "; choose another --rev-id");
        });
        List<Revision> revisions = new ArrayList<>(catalog.directory().revisions());
        revisions.add(revision);
        RevisionGraph.of(revisions);
    }

    private Path versionLocation(Optional<Path> requested, List<String> parents) {
        List<Path> locations = config().versionLocations().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (requested.isPresent()) {
            Path wanted = requested.get().toAbsolutePath().normalize();
            if (!locations.contains(wanted)) {
                throw new CommandException("Path " + requested.get() + " is not represented in current version"
                        + " locations: " + String.join(", ", locations.stream().map(Path::toString).toList()));
            }
            return wanted;
        }
        if (locations.size() == 1) {
            return locations.get(0);
        }
        for (String parent : parents) {
            Path file = catalog.script(parent).path().toAbsolutePath().normalize();
            for (Path location : locations) {
                if (file.startsWith(location)) {
                    return location;
                }
            }
        }
        throw new CommandException("Multiple version locations present, please specify --version-path");
    }

    private Result write(NewRevision newRevision, Path location) {
        RevisionWriter writer = new RevisionWriter(config().scriptLocation(), config().fileTemplate(),
                config().truncateSlugLength(), config().timezone(), clock);
        Path file = writer.write(newRevision, location);
        try {
            RevisionScript written = RevisionFileParser.parse(file);
            checkTemplateKept(newRevision, written);
            List<HookRun> runs = new PostWriteHooks().run(hookCommands(), file);
            return new Result(RevisionFileParser.parse(file), runs);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void checkTemplateKept(NewRevision expected, RevisionScript written) {
        Revision revision = written.revision();
        if (!revision.id().equals(expected.id()) || !revision.downRevisions().equals(expected.revises())
                || !revision.branchLabels().equals(expected.branchLabels())
                || !revision.dependsOn().equals(expected.dependsOn())) {
            throw new CommandException("The template for " + expected.format().name().toLowerCase()
                    + " revisions did not write the revision's metadata (id, revises, branch labels, depends on)"
                    + " as given; check the template in the script location. Nothing was written.");
        }
    }

    private List<HookCommand> hookCommands() {
        List<HookCommand> commands = new ArrayList<>();
        for (PostWriteHook hook : config().postWriteHooks()) {
            commands.add(new HookCommand(hook.name(), hook.command(), hook.options(), hook.cwd()));
        }
        return commands;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + file + " after a failed revision", e);
        }
    }

    private RevisionGraph graph() {
        return catalog.graph();
    }

    private RetortConfig config() {
        return catalog.config();
    }
}
