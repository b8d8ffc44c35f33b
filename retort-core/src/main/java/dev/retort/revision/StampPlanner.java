package dev.retort.revision;

import static dev.retort.revision.GraphIndex.BASE;
import static dev.retort.revision.GraphIndex.NONE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code _stamp_revs}. The current rows on a line with any destination (dependencies
 * included) are the ones a stamp may move. Per destination: base deletes them; a destination already
 * among them needs nothing; one above or below them replaces them all in one step; otherwise it is
 * inserted as a new branch.
 */
final class StampPlanner {
    private final GraphIndex graph;
    private final Traversal traversal;
    private final Resolver resolver;

    StampPlanner(GraphIndex graph, Traversal traversal, Resolver resolver) {
        this.graph = graph;
        this.traversal = traversal;
        this.resolver = resolver;
    }

    List<StampStep> plan(List<String> destinations, List<String> rows) {
        List<String> symbols = destinations.isEmpty() ? List.of("base") : destinations;
        List<Integer> current = resolver.revisions(rows);
        Set<Integer> movable = new LinkedHashSet<>();
        for (String symbol : symbols) {
            if (symbol != null && !symbol.isEmpty()) {
                movable.addAll(resolver.filterForLineage(current, symbol, true));
            }
        }
        List<Integer> targets = resolver.revisions(symbols);
        if (targets.isEmpty()) {
            targets = List.of(BASE);
        }
        List<StampStep> steps = new ArrayList<>();
        for (int target : targets) {
            if (target == NONE) {
                throw new RevisionStepException("Walked too far: relative revision in '"
                        + String.join(" ", symbols) + "' goes past the base");
            }
            if (target == BASE) {
                movable.forEach(row -> steps.add(new StampStep(List.of(graph.id(row)), List.of(), false, true)));
            } else if (!movable.contains(target)) {
                steps.add(step(target, movable));
            }
        }
        return steps;
    }

    private StampStep step(int target, Set<Integer> movable) {
        List<String> from = graph.idsOf(movable);
        List<String> to = List.of(graph.id(target));
        if (intersects(traversal.descendants(List.of(target)), movable)) {
            return new StampStep(from, to, false, false);
        }
        if (intersects(traversal.ancestors(target), movable)) {
            return new StampStep(from, to, true, false);
        }
        return new StampStep(List.of(), to, true, true);
    }

    private static boolean intersects(BitSet set, Set<Integer> nodes) {
        return nodes.stream().anyMatch(set::get);
    }
}
