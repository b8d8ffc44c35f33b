package dev.retort.revision;

import static dev.retort.revision.GraphIndex.BASE;
import static dev.retort.revision.GraphIndex.NONE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which revisions lie between two ends, as Alembic's {@code _collect_upgrade_revisions} and
 * {@code _collect_downgrade_revisions} choose them, including the parsing of relative destinations.
 * The order is left to {@link TopologicalOrder}.
 */
final class RangeCollector {
    /** The revisions to visit, and the heads a topological walk over them starts from. */
    record Selection(BitSet revisions, List<Integer> heads) {
    }

    /** A parsed downgrade destination: a node, {@link GraphIndex#NONE} for base, and its branch. */
    private record Destination(String branch, int node) {
    }

    private final GraphIndex graph;
    private final Traversal traversal;
    private final Resolver resolver;

    RangeCollector(GraphIndex graph, Traversal traversal, Resolver resolver) {
        this.graph = graph;
        this.traversal = traversal;
        this.resolver = resolver;
    }

    /**
     * What {@code history -r lower:upper} lists: both ends included, only revisions above the lower end,
     * relative ends that run off the graph clamped rather than refused.
     */
    Selection history(String lower, String upper) {
        return collect(List.of(upper), true, List.of(lower), true, true, false, false);
    }

    /** {@link #history(String, String)} between sets of revisions, such as the database's rows. */
    Selection history(List<String> lower, List<String> upper) {
        return collect(upper, false, lower, false, true, false, false);
    }

    /** History from the version rows (base when none) to a symbol, which may count up from the rows. */
    Selection historyAbove(List<String> rows, String upper) {
        return collect(List.of(upper), true, rows.isEmpty() ? List.of("base") : rows, false, true, false, false);
    }

    /** History from a symbol, which may count down from the heads, to a set of revisions. */
    Selection historyBelow(String lower, List<String> upper) {
        return collect(upper, false, List.of(lower), true, true, false, false);
    }

    /**
     * What an upgrade to {@code destination} runs from the version table {@code rows}; other branches
     * and bases are pulled in as the destination needs them.
     */
    Selection upgrade(String destination, List<String> rows) {
        return collect(List.of(destination), true, rows, false, false, true, true);
    }

    /** Alembic's {@code _collect_upgrade_revisions}; a symbol end may be relative, a set of ids may not. */
    private Selection collect(List<String> upper, boolean upperIsSymbol, List<String> lower, boolean lowerIsSymbol,
            boolean inclusive, boolean implicitBase, boolean assertLength) {
        List<Integer> targets = upperIsSymbol ? upgradeTargets(lower, upper.get(0), assertLength)
                : resolver.revisions(upper);
        if (lowerIsSymbol && lower.get(0).contains("@")) {
            targets = onLowerBranch(targets, lower.get(0));
        }
        BitSet required = traversal.ancestorsChecked(targets);
        List<Integer> current = resolver.revisions(lower);
        // As Alembic: a relative lower end that lands exactly on base from a head is not below the upper end.
        if (!implicitBase && current.stream().anyMatch(node -> node == BASE || node >= 0 && !required.get(node))) {
            throw notAncestor(lower, upper, lowerIsSymbol, current);
        }
        List<String> lowerSymbols = lower;
        if (lowerIsSymbol && !current.isEmpty() && current.get(0) == NONE) {
            requireRevisionToCountFrom(lower.get(0), upper.get(0));
            int clamped = relativeToUpper(upper.get(0), lower.get(0));
            current = clamped == NONE ? List.of() : List.of(clamped);
            lowerSymbols = clamped == NONE ? List.of() : List.of(graph.id(clamped));
        }
        current = current.stream().filter(node -> node >= 0).toList();
        BitSet needs = (BitSet) required.clone();
        needs.andNot(implicitBase ? traversal.ancestorsOfRowsChecked(current)
                : traversal.ancestorsChecked(current));
        if (inclusive) {
            resolver.revisions(lowerSymbols).stream().filter(node -> node >= 0).forEach(needs::set);
        }
        if (!current.isEmpty() && !implicitBase) {
            BitSet versioned = (BitSet) needs.clone();
            versioned.and(traversal.versionedDescendantsChecked(current));
            // Alembic's walk fails where part of its range lies below none of the upper ends in it: an upper end
            // above the lower one only through depends_on. The range then follows dependencies too.
            if (traversal.ancestorsWithin(targets, versioned).equals(versioned)) {
                needs = versioned;
            } else {
                needs.and(traversal.descendants(current));
            }
        }
        return new Selection(needs, targets);
    }

    /**
     * Alembic's message for a range whose lower end is not below its upper end; for a lower end counted
     * down from the heads, it also says where the count led.
     */
    private RangeNotAncestorException notAncestor(List<String> lower, List<String> upper, boolean lowerIsSymbol,
            List<Integer> current) {
        RangeNotAncestorException error = RangeNotAncestorException.range(String.join(", ", lower),
                String.join(", ", upper));
        Optional<RelativeSymbol> relative = lowerIsSymbol ? RelativeSymbol.parse(lower.get(0)) : Optional.empty();
        if (relative.isEmpty() || relative.get().symbol() != null) {
            return error;
        }
        Set<String> reached = new LinkedHashSet<>();
        current.forEach(node -> reached.add(node == BASE ? "<base>" : node == NONE ? "past <base>" : graph.id(node)));
        return error.because(lower.get(0) + " counted down from the heads gives " + String.join(", ", reached)
                + "; give the lower end as a revision id instead");
    }

    /**
     * A relative lower end that runs past the base is clamped to the upper end's line, which Alembic finds
     * only from a revision: from {@code head} or {@code heads} it fails ({@code history -r=-9:}).
     */
    private static void requireRevisionToCountFrom(String lower, String upper) {
        if (upper.equals("head") || upper.equals("heads")) {
            throw RangeNotAncestorException.range(lower, upper).because(lower + " counted down from the heads runs"
                    + " past <base>; give the lower end as a revision id, or the upper end as one");
        }
    }

    /** Revisions to revert to reach {@code destination} from the version table {@code rows}. */
    Selection downgrade(List<String> rows, String destination) {
        Destination target = downgradeDestination(rows, destination);
        List<Integer> roots = GraphIndex.list(target.node() == NONE ? graph.bases : graph.children[target.node()]);
        if (target.branch() != null && roots.size() > 1) {
            BitSet onBranch = traversal.versionedAncestors(List.of(resolver.branch(target.branch())));
            roots = roots.stream().filter(onBranch::get).toList();
            if (roots.isEmpty()) {
                throw new RevisionStepException("Not a valid downgrade target from current heads: no revision"
                        + " directly above " + destination + " is on branch '" + target.branch() + "'");
            }
        }
        List<Integer> heads = resolver.revisions(rows);
        BitSet drop = traversal.descendants(roots);
        drop.and(traversal.ancestors(heads));
        if (target.node() != NONE && drop.isEmpty() && !heads.contains(target.node())) {
            throw RangeNotAncestorException.downgrade(String.join(", ", rows), destination);
        }
        return new Selection(drop, heads);
    }

    /** Alembic's {@code _parse_upgrade_target}; base results are dropped, running off the graph fails. */
    List<Integer> upgradeTargets(List<String> current, String target, boolean assertLength) {
        Optional<RelativeSymbol> parsed = RelativeSymbol.parse(target);
        List<Integer> targets;
        if (parsed.isEmpty()) {
            targets = resolver.revisions(target);
        } else {
            targets = List.of(relativeUpgradeTarget(current, parsed.get(), assertLength));
        }
        for (int node : targets) {
            if (node == NONE) {
                throw walkedTooFar(target, parsed.map(RelativeSymbol::steps).orElse(-1));
            }
        }
        return targets.stream().filter(node -> node != BASE).toList();
    }

    private int relativeUpgradeTarget(List<String> current, RelativeSymbol relative, boolean assertLength) {
        if (relative.steps() <= 0) {
            if (relative.symbol() == null) {
                throw relative.notEnough(false);
            }
            String symbol = relative.branch() == null ? relative.symbol()
                    : relative.branch() + "@" + relative.symbol();
            return resolver.step(resolver.revision(symbol), relative.steps(), null, assertLength);
        }
        if (relative.symbol() != null) {
            return resolver.step(resolver.revision(relative.symbol()), relative.steps(), relative.branch(),
                    assertLength);
        }
        List<Integer> starts = upgradeStarts(current, relative.branch());
        if (starts.size() > 1) {
            throw new RevisionStepException("Ambiguous upgrade from multiple current revisions ("
                    + String.join(", ", graph.idsOf(starts)) + "); use '<branchname>@" + relative.stepsText()
                    + "' or a revision id");
        }
        int node = resolver.step(starts.get(0), relative.steps(), relative.branch(), assertLength);
        if (node == NONE) {
            throw relative.notEnough(true);
        }
        return node;
    }

    /** Where {@code +N} starts: the current revision on the branch, else the branch's tip below it. */
    private List<Integer> upgradeStarts(List<String> current, String branch) {
        List<Integer> rows = resolver.revisions(current).stream().filter(node -> node >= 0).toList();
        if (rows.isEmpty()) {
            return List.of(NONE);
        }
        if (branch == null) {
            return rows;
        }
        List<Integer> starts = resolver.filterForLineage(rows, branch, false);
        if (!starts.isEmpty()) {
            return starts;
        }
        List<Integer> active = resolver.filterForLineage(Traversal.nodes(traversal.ancestors(rows)), branch, false);
        BitSet below = new BitSet();
        active.forEach(node -> {
            for (int parent : graph.effectiveParents[node]) {
                below.set(parent);
            }
        });
        List<Integer> tips = active.stream().filter(node -> !below.get(node)).toList();
        return tips.isEmpty() ? List.of(NONE) : tips;
    }

    /**
     * A history range's lower end {@code branch@...} keeps only the targets on that branch. Alembic
     * matches the label; an id stands for its only label. Where Alembic fails (an id with no label or
     * several, or a partial id), the targets on the revision's line are kept instead.
     */
    private List<Integer> onLowerBranch(List<Integer> targets, String lower) {
        String branch = lower.substring(0, lower.indexOf('@'));
        if (branch.isEmpty()) {
            return targets;
        }
        if (graph.labelOwners.containsKey(branch)) {
            return targets.stream().filter(node -> graph.hasLabel(node, branch)).toList();
        }
        int node = resolver.revision(branch);
        if (node < 0) {
            return targets;
        }
        List<String> labels = graph.labelsOf(node);
        if (labels.size() == 1) {
            return targets.stream().filter(target -> graph.hasLabel(target, labels.get(0))).toList();
        }
        BitSet lineage = traversal.lineage(List.of(node), false);
        return targets.stream().filter(lineage::get).toList();
    }

    /**
     * A relative lower end that ran off the graph from the heads is retried from the upper end, as
     * Alembic does; running off again clamps to base.
     */
    private int relativeToUpper(String upper, String lower) {
        RelativeSymbol relative = RelativeSymbol.parse(lower).orElse(null);
        if (relative == null) {
            return NONE;
        }
        List<Integer> starts = resolver.revisions(upper);
        if (relative.branch() != null) {
            starts = resolver.filterForLineage(starts, relative.branch(), false);
        }
        if (starts.size() != 1 || starts.get(0) < 0) {
            return NONE;
        }
        int node = resolver.step(starts.get(0), relative.steps(), null, false);
        return node < 0 ? NONE : node;
    }

    /** Alembic's {@code _parse_downgrade_target}. */
    private Destination downgradeDestination(List<String> rows, String destination) {
        if (destination == null) {
            return new Destination(null, NONE);
        }
        Optional<RelativeSymbol> parsed = RelativeSymbol.parse(destination);
        if (parsed.isPresent()) {
            return relativeDowngradeDestination(rows, destination, parsed.get());
        }
        int at = destination.lastIndexOf('@');
        String branch = at > 0 ? destination.substring(0, at) : null;
        String symbol = destination.substring(at + 1);
        if (branch != null) {
            resolver.branch(branch);
        }
        boolean headSymbol = symbol.equals("head") || symbol.equals("heads");
        int node = resolver.revision(branch != null && headSymbol ? destination : symbol);
        return new Destination(branch, node);
    }

    private Destination relativeDowngradeDestination(List<String> rows, String destination, RelativeSymbol relative) {
        if (relative.steps() >= 0) {
            if (relative.symbol() == null) {
                throw relative.notEnough(true);
            }
            int node = resolver.step(resolver.revision(relative.symbol()), relative.steps(), relative.branch(), true);
            if (node == NONE) {
                throw walkedTooFar(destination, relative.steps());
            }
            return new Destination(relative.branch(), node == BASE ? NONE : node);
        }
        String branch = relative.branch();
        String symbol = relative.symbol();
        if (symbol == null) {
            if (branch != null) {
                symbol = currentOnBranch(rows, branch, destination);
            } else if (rows.isEmpty()) {
                throw relative.notEnough(true);
            } else {
                symbol = rows.get(0);
                branch = symbol;
            }
        }
        int start = resolver.revision(branch == null ? symbol : branch + "@" + symbol);
        int node = resolver.step(start, relative.steps(), null, true);
        if (node == NONE) {
            throw relative.symbol() == null ? relative.notEnough(true)
                    : walkedTooFar(destination, relative.steps());
        }
        return new Destination(branch, node == BASE ? NONE : node);
    }

    /** The one current revision on {@code branch} that {@code branch@-N} steps down from. */
    private String currentOnBranch(List<String> rows, String branch, String destination) {
        List<Integer> rowNodes = new ArrayList<>();
        rows.forEach(row -> rowNodes.add(resolver.ident(row, null)));
        List<Integer> candidates = resolver.filterForLineage(rowNodes, branch, false);
        if (candidates.isEmpty()) {
            candidates = resolver.filterForLineage(resolver.allCurrent(rowNodes), branch, false);
        }
        if (candidates.isEmpty()) {
            throw new RevisionStepException("Relative revision " + destination + " has nothing to step down from:"
                    + " no current revision is on branch '" + branch + "'");
        }
        if (candidates.size() > 1) {
            throw new RevisionStepException("Ambiguous walk: several current revisions are on branch '" + branch
                    + "' (" + String.join(", ", graph.idsOf(candidates)) + "); name the revision to step from");
        }
        return graph.id(candidates.get(0));
    }

    private static RevisionStepException walkedTooFar(String symbol, int steps) {
        return new RevisionStepException("Walked too far: relative revision '" + symbol + "' goes past "
                + (steps > 0 ? "a head revision" : "the base"));
    }
}
