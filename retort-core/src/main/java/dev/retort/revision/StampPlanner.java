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
        requireSeparateLines(targets);
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

    /**
     * Refuses destinations that name one revision twice or two on one line, one descending from the other:
     * a row of the version table stands for a whole line, so such a stamp would leave rows that later runs
     * misread (a downgrade of one step reverting the whole line). Alembic fails half-way through these.
     */
    private void requireSeparateLines(List<Integer> targets) {
        for (int i = 0; i < targets.size(); i++) {
            int target = targets.get(i);
            if (target == BASE || target == NONE) {
                continue;
            }
            BitSet below = traversal.versionedDescendants(List.of(target));
            for (int j = 0; j < targets.size(); j++) {
                int other = targets.get(j);
                if (j == i || other == BASE || other == NONE) {
                    continue;
                }
                if (other == target) {
                    throw new RevisionStepException("Revision " + graph.id(target) + " is given twice; stamp it"
                            + " once");
                }
                if (below.get(other)) {
                    throw new RevisionStepException("Can't stamp " + graph.id(target) + " and " + graph.id(other)
                            + " together: " + graph.id(other) + " descends from " + graph.id(target) + ", and the"
                            + " version table holds one revision per line; stamp " + graph.id(other) + " alone");
                }
            }
        }
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
