package dev.retort.revision;

import static dev.retort.revision.GraphIndex.BASE;
import static dev.retort.revision.GraphIndex.NONE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The revision graph: revisions linked by their parents ({@code revises}) and dependencies
 * ({@code depends_on}), with Alembic's semantics for heads, bases, branch labels, identifiers, history
 * order and the steps of an upgrade, downgrade or stamp.
 *
 * <p>Build one with {@link #of(List)} from revisions in <em>map order</em>: the load order, per version
 * location in sorted file-name order. That order breaks ties exactly as Alembic's does, so the same
 * files give the same heads order, history order and step order. A graph is immutable and safe to share
 * between threads; traversals are iterative, so chains of any length are fine.
 *
 * <p>Where Alembic's answer depends on Python's hash order (the order of a revision's children, the
 * order of its normalised dependencies, which row a merge deletes), this class uses map order or
 * declaration order instead; {@link VersionHeads} documents its merge rules.
 */
public final class RevisionGraph {
    private final GraphIndex index;
    private final Traversal traversal;
    private final Resolver resolver;
    private final RangeCollector collector;

    private RevisionGraph(GraphIndex index) {
        this.index = index;
        this.traversal = new Traversal(index);
        this.resolver = new Resolver(index, traversal);
        this.collector = new RangeCollector(index, traversal, resolver);
    }

    /**
     * Builds and validates the graph. Fails with a {@link RevisionGraphException} listing every problem:
     * illegal or duplicate ids, duplicate or illegal branch labels (also labels equal to an id), missing
     * parents or dependencies, self-loops and cycles through parents or dependencies.
     */
    public static RevisionGraph of(List<Revision> revisions) {
        return new RevisionGraph(GraphBuilder.build(revisions));
    }

    /** All revisions in map order. */
    public List<Revision> revisions() {
        return index.revisions;
    }

    public int size() {
        return index.size();
    }

    public boolean contains(String id) {
        return id != null && index.node(id) >= 0;
    }

    /** The revision with exactly this id. */
    public Revision get(String id) {
        return index.revisions.get(node(id));
    }

    /** Versioned heads, effective heads included, in map order (the order {@code alembic heads} prints). */
    public List<String> heads() {
        return index.idsOf(index.heads);
    }

    /** Heads that nothing depends on: what the {@code heads} symbol means. */
    public List<String> realHeads() {
        return index.idsOf(index.realHeads);
    }

    /** Revisions without parents, in map order. */
    public List<String> bases() {
        return index.idsOf(index.bases);
    }

    /** No revision names it as a parent. */
    public boolean isHead(String id) {
        return index.children[node(id)].length == 0;
    }

    /** A head that other revisions depend on ({@code (effective head)} in listings). */
    public boolean isEffectiveHead(String id) {
        int node = node(id);
        return index.children[node].length == 0 && index.allChildren[node].length > 0;
    }

    /** More than one revision names it as a parent. */
    public boolean isBranchPoint(String id) {
        return index.children[node(id)].length > 1;
    }

    /** It names more than one parent. */
    public boolean isMergePoint(String id) {
        return index.parents[node(id)].length > 1;
    }

    public boolean isBase(String id) {
        return index.parents[node(id)].length == 0;
    }

    /** Revisions naming it as a parent, in map order (Alembic's order here depends on hashing). */
    public List<String> children(String id) {
        return index.idsOf(index.children[node(id)]);
    }

    /** Declared and propagated branch labels, in the order their declaring revisions were loaded. */
    public List<String> branchLabels(String id) {
        return index.labelsOf(node(id));
    }

    /** Its dependencies resolved to ids, without those an ancestor already declares, in declared order. */
    public List<String> dependencies(String id) {
        return index.idsOf(index.normalizedDependencies[node(id)]);
    }

    /** Every declared dependency resolved to an id (labels replaced), duplicates dropped. */
    public List<String> resolvedDependencies(String id) {
        return index.idsOf(index.dependencies[node(id)]);
    }

    /** Parents followed by normalised dependencies: what step order and the version table follow. */
    public List<String> effectiveParents(String id) {
        return index.idsOf(index.effectiveParents[node(id)]);
    }

    /**
     * The revisions a symbol stands for (Alembic's {@code get_revisions}): full ids, prefixes, labels,
     * {@code head}, {@code heads}, {@code label@head}, {@code label@heads}, {@code X@Y}, and {@code -N} or
     * {@code label@-N} walking down from the heads. Beyond Alembic, the relative forms of an upgrade
     * destination also resolve, as seen from an empty database: {@code rev+N}, {@code rev-N},
     * {@code label@+N}, {@code +N}, {@code base+N}. Base and {@code label@base} give an empty list; an
     * empty symbol, {@code @} or {@code label@} is an {@link EmptySymbolException}.
     */
    public List<String> resolve(String symbol) {
        EmptySymbolException.check(symbol);
        Optional<RelativeSymbol> relative = RelativeSymbol.parse(symbol);
        if (relative.isPresent() && (relative.get().symbol() != null || relative.get().steps() > 0)) {
            try {
                return index.idsOf(collector.upgradeTargets(List.of(), symbol, true));
            } catch (MultipleHeadsException e) {
                throw e.withArgument(symbol);
            }
        }
        List<String> ids = new ArrayList<>();
        for (int node : resolver.revisions(symbol)) {
            if (node == NONE) {
                throw new RevisionStepException("Walked too far: relative revision '" + symbol
                        + "' goes past the base");
            }
            if (node != BASE) {
                ids.add(index.id(node));
            }
        }
        return ids;
    }

    /** Exactly one revision for the symbol; base or several heads are errors. */
    public String resolveOne(String symbol) {
        return resolveOneOrBase(symbol).orElseThrow(() -> UnknownRevisionException.nothingIndicated(symbol));
    }

    /** Exactly one revision for the symbol, or empty for base; several heads are an error. */
    public Optional<String> resolveOneOrBase(String symbol) {
        List<String> ids = resolve(symbol);
        if (ids.size() > 1) {
            throw MultipleHeadsException.forArgument(symbol, ids);
        }
        return ids.stream().findFirst();
    }

    /**
     * The revisions {@code history -r lower:upper} lists, newest first, both ends included. Blank ends
     * mean {@code base} and {@code heads}. A relative upper end counts from the lower one ({@code a:+2});
     * a relative lower end counts down from the heads ({@code -1:}), and one that runs past the base
     * means base below a revision ({@code -9:c}) and is refused below {@code heads}. A backwards range is a {@link RangeNotAncestorException}, and so, as in Alembic, is a
     * relative lower end that lands exactly on base from some head, or below another branch than the upper
     * end's.
     */
    public List<Revision> walk(String lower, String upper) {
        String low = lower == null || lower.isEmpty() ? "base" : lower;
        String high = upper == null || upper.isEmpty() ? "heads" : upper;
        EmptySymbolException.check(low);
        EmptySymbolException.check(high);
        try {
            return sorted(collector.history(low, high));
        } catch (MultipleHeadsException e) {
            throw e.withArgument(high);
        }
    }

    /**
     * {@link #walk(String, String)} between sets of revisions, for ranges that use the database's rows
     * ({@code history -r current:} or {@code -r :current}). An empty set means base for the lower end and
     * the heads for the upper end, as in Alembic.
     */
    public List<Revision> walkBetween(Collection<String> lower, Collection<String> upper) {
        checkVersionRows(lower);
        checkVersionRows(upper);
        List<String> low = lower.isEmpty() ? List.of("base") : new ArrayList<>(lower);
        List<String> high = upper.isEmpty() ? List.of("heads") : new ArrayList<>(upper);
        try {
            return sorted(collector.history(low, high));
        } catch (MultipleHeadsException e) {
            throw e.withArgument(String.join(", ", high));
        }
    }

    /**
     * {@code history -r current:upper}: the revisions from the version rows {@code lowerRows} (base when
     * there are none) up to the symbol {@code upper}, which may be relative to the rows ({@code +1}).
     */
    public List<Revision> walkAbove(Collection<String> lowerRows, String upper) {
        checkVersionRows(lowerRows);
        EmptySymbolException.check(upper);
        try {
            return sorted(collector.historyAbove(new ArrayList<>(lowerRows), upper));
        } catch (MultipleHeadsException e) {
            throw e.withArgument(upper);
        }
    }

    /**
     * {@code history -r lower:current}: the revisions from the symbol {@code lower} up to the version rows
     * {@code upperRows} (the heads when there are none); a relative {@code lower} counts down from the heads
     * as in {@link #walk(String, String)}.
     */
    public List<Revision> walkBelow(String lower, Collection<String> upperRows) {
        EmptySymbolException.check(lower);
        checkVersionRows(upperRows);
        List<String> high = upperRows.isEmpty() ? List.of("heads") : new ArrayList<>(upperRows);
        try {
            return sorted(collector.historyBelow(lower, high));
        } catch (MultipleHeadsException e) {
            throw e.withArgument(String.join(", ", high));
        }
    }

    /**
     * The revisions an upgrade to {@code destination} runs, in order, from a database whose version
     * table holds {@code currentRows}. Relative destinations ({@code +1}, {@code label@+2}) count from
     * those rows. A destination already applied, at or behind the rows, runs nothing, as in Alembic.
     */
    public List<MigrationStep> upgradeSteps(String destination, Collection<String> currentRows) {
        EmptySymbolException.check(destination);
        checkVersionRows(currentRows);
        List<String> rows = new ArrayList<>(currentRows);
        try {
            RangeCollector.Selection selection = collector.upgrade(destination, rows);
            List<Integer> order = TopologicalOrder.sort(index, traversal, selection.revisions(), selection.heads());
            Collections.reverse(order);
            return order.stream().map(node -> MigrationStep.upgrade(index.revisions.get(node))).toList();
        } catch (MultipleHeadsException e) {
            throw e.withArgument(destination);
        }
    }

    /**
     * The revisions a downgrade to {@code destination} reverts, in order, from a database whose version
     * table holds {@code currentRows}. {@code -N} counts down from the first row; {@code label@base}
     * reverts only that branch's line; {@code null} means base.
     */
    public List<MigrationStep> downgradeSteps(String destination, Collection<String> currentRows) {
        if (destination != null) {
            EmptySymbolException.check(destination);
        }
        checkVersionRows(currentRows);
        List<String> rows = new ArrayList<>(currentRows);
        try {
            RangeCollector.Selection selection = collector.downgrade(rows, destination);
            List<Integer> order = TopologicalOrder.sort(index, traversal, selection.revisions(), selection.heads());
            return order.stream().map(node -> MigrationStep.downgrade(index.revisions.get(node))).toList();
        } catch (MultipleHeadsException e) {
            throw e.withArgument(destination);
        }
    }

    /**
     * The version table moves that {@code stamp destinations...} makes, without running revisions.
     * With {@code purge} the table is taken as emptied first, so its current rows are ignored.
     */
    public List<StampStep> stampSteps(Collection<String> destinations, Collection<String> currentRows, boolean purge) {
        destinations.forEach(EmptySymbolException::check);
        if (!purge) {
            checkVersionRows(currentRows);
        }
        List<String> rows = purge ? List.of() : new ArrayList<>(currentRows);
        try {
            return new StampPlanner(index, traversal, resolver).plan(new ArrayList<>(destinations), rows,
                    versionHeads(rows));
        } catch (MultipleHeadsException e) {
            throw MultipleHeadsException.forStamp(e.argument(), e.heads());
        }
    }

    /** The version table holding {@code rows}, for applying steps of this graph. */
    public VersionHeads versionHeads(Collection<String> rows) {
        return VersionHeads.of(this, rows);
    }

    /**
     * What the database is at: the rows plus everything they imply through dependencies, reduced to the
     * tips of each line (what {@code alembic current} lists), in map order.
     */
    public List<String> currentRevisions(Collection<String> rows) {
        checkVersionRows(rows);
        List<Integer> nodes = new ArrayList<>();
        rows.forEach(row -> nodes.add(index.node(row)));
        return index.idsOf(resolver.allCurrent(nodes));
    }

    /** Whether revision {@code id} is applied in a database at {@code rows}: it is a row or what one implies. */
    public boolean isApplied(String id, Collection<String> rows) {
        checkVersionRows(rows);
        List<Integer> nodes = new ArrayList<>();
        rows.forEach(row -> nodes.add(index.node(row)));
        int node = index.node(id);
        return node >= 0 && traversal.ancestors(nodes).get(node);
    }

    /**
     * Refuses version-table rows that are not full ids of this graph's revisions: an unknown id (Alembic's
     * {@code Can't locate revision identified by 'x'}), and, as damage to the table, an empty row or a
     * branch label. Every method taking rows checks them so; a prefix is not a row either.
     */
    public void checkVersionRows(Collection<String> rows) {
        for (String row : rows) {
            if (row == null || index.node(row) < 0) {
                String text = String.valueOf(row);
                Integer owner = index.labelOwners.get(text);
                throw UnknownRevisionException.versionRow(text, owner == null ? null : index.id(owner),
                        Suggestions.closest(index, text));
            }
        }
    }

    GraphIndex index() {
        return index;
    }

    Traversal traversal() {
        return traversal;
    }

    Resolver resolver() {
        return resolver;
    }

    private int node(String id) {
        int node = id == null ? -1 : index.node(id);
        if (node < 0) {
            throw new UnknownRevisionException(String.valueOf(id), false, Suggestions.closest(index,
                    String.valueOf(id)));
        }
        return node;
    }

    private List<Revision> sorted(RangeCollector.Selection selection) {
        return revisionsOf(TopologicalOrder.sort(index, traversal, selection.revisions(), selection.heads()));
    }

    private List<Revision> revisionsOf(List<Integer> nodes) {
        return nodes.stream().map(index.revisions::get).toList();
    }
}
