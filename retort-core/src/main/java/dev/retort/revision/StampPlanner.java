package dev.retort.revision;

import static dev.retort.revision.GraphIndex.BASE;
import static dev.retort.revision.GraphIndex.NONE;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Alembic's {@code _stamp_revs}. The current rows on a line with a destination (dependencies included) are the
 * ones it may move. Per destination: base deletes them; a destination already among them needs nothing; one above
 * or below them replaces them in one step; otherwise it is inserted as a new branch.
 *
 * <p>Alembic takes the rows on a line with any destination, once, and moves them all for every destination: from
 * rows P and Q (two lines), {@code stamp P Q2} deletes P, and {@code stamp B C} from their merge fails on the row
 * the first destination replaced. Where Alembic's steps do not reach the rows that stamping the destinations one
 * after the other reaches, those steps are taken instead.
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

    /**
     * The steps from {@code rows} (as {@code table}) to the destinations: Alembic's where they reach the rows
     * that stamping the destinations one after the other reaches, those otherwise.
     */
    List<StampStep> plan(List<String> destinations, List<String> rows, VersionHeads table) {
        List<String> symbols = destinations.isEmpty() ? List.of("base") : destinations;
        List<Integer> targets = targets(symbols);
        List<Integer> current = resolver.revisions(rows);
        List<StampStep> asAlembic = asAlembic(symbols, targets, current);
        List<StampStep> oneAfterAnother = oneAfterAnother(symbols, targets, current);
        return asAlembic.equals(oneAfterAnother) || sameRows(table, asAlembic, oneAfterAnother) ? asAlembic
                : oneAfterAnother;
    }

    /** The destinations' revisions, each once (Alembic stamps a repeated one twice, and fails on the second). */
    private List<Integer> targets(List<String> symbols) {
        List<Integer> targets = resolver.revisions(symbols).stream().distinct().toList();
        if (targets.contains(NONE)) {
            throw new RevisionStepException("Walked too far: relative revision in '" + String.join(" ", symbols)
                    + "' goes past the base");
        }
        requireSeparateLines(targets);
        return targets.isEmpty() ? List.of(BASE) : targets;
    }

    /** Alembic's steps: the rows on a line with any destination, taken once, move for every destination. */
    private List<StampStep> asAlembic(List<String> symbols, List<Integer> targets, List<Integer> current) {
        Set<Integer> movable = onLinesOf(symbols, current);
        List<StampStep> steps = new ArrayList<>();
        for (int target : targets) {
            if (target == BASE) {
                movable.forEach(row -> steps.add(deleteRow(row)));
            } else if (!movable.contains(target)) {
                steps.add(step(target, List.copyOf(movable)));
            }
        }
        return steps;
    }

    /**
     * Each destination moves the rows on its own line, as the destinations before it left them. The destinations
     * that are base ({@code base}, {@code label@base}) clear their lines first when they are all there is, or,
     * beside revisions, as Alembic has them do: when a revision moves rows of the table (Alembic moves the rows
     * on the base's line with them), not when every revision is there already or goes in as a new line.
     */
    private List<StampStep> oneAfterAnother(List<String> symbols, List<Integer> targets, List<Integer> rows) {
        Set<Integer> current = new LinkedHashSet<>(rows);
        List<StampStep> steps = new ArrayList<>();
        boolean onlyBase = targets.stream().allMatch(target -> target == BASE);
        boolean moves = targets.stream().anyMatch(target -> target != BASE && !current.contains(target)
                && !resolver.filterForLineage(rows, graph.id(target), true).isEmpty());
        for (String symbol : symbols) {
            if ((onlyBase || moves) && resolver.revisions(List.of(symbol)).stream().allMatch(t -> t == BASE)) {
                for (int row : onLinesOf(List.of(symbol), List.copyOf(current))) {
                    steps.add(deleteRow(row));
                    current.remove(row);
                }
            }
        }
        for (int target : targets) {
            if (target != BASE && !current.contains(target)) {
                StampStep step = step(target, resolver.filterForLineage(List.copyOf(current), graph.id(target), true));
                steps.add(step);
                step.from().forEach(id -> current.remove(graph.node(id)));
                current.add(target);
            }
        }
        return steps;
    }

    private static boolean sameRows(VersionHeads table, List<StampStep> some, List<StampStep> others) {
        try {
            return Set.copyOf(table.applyAll(some).heads().rows()).equals(
                    Set.copyOf(table.applyAll(others).heads().rows()));
        } catch (RevisionStepException e) {
            return false;
        }
    }

    private StampStep deleteRow(int row) {
        return new StampStep(List.of(graph.id(row)), List.of(), false, true);
    }

    /** The rows on a line with any of the symbols, dependencies included: all of them for plain base. */
    private Set<Integer> onLinesOf(List<String> symbols, List<Integer> current) {
        Set<Integer> onLines = new LinkedHashSet<>();
        for (String symbol : symbols) {
            if (symbol != null && !symbol.isEmpty()) {
                onLines.addAll(resolver.filterForLineage(current, symbol, true));
            }
        }
        return onLines;
    }

    /**
     * Refuses destinations of which one descends from or depends on another, two on one line: a row of the
     * version table stands for a whole line, so such a stamp would leave rows that later runs misread (a
     * downgrade of one step reverting the whole line, an upgrade refusing the overlap). Alembic fails half-way
     * through some of these and accepts the others.
     */
    private void requireSeparateLines(List<Integer> targets) {
        for (int i = 0; i < targets.size(); i++) {
            int target = targets.get(i);
            if (target == BASE || target == NONE) {
                continue;
            }
            BitSet below = traversal.descendants(List.of(target));
            BitSet versionedBelow = traversal.versionedDescendants(List.of(target));
            for (int j = 0; j < targets.size(); j++) {
                int other = targets.get(j);
                if (j == i || other == BASE || other == NONE) {
                    continue;
                }
                if (below.get(other)) {
                    String relation = versionedBelow.get(other) ? " descends from " : " depends on ";
                    throw new RevisionStepException("Can't stamp " + graph.id(target) + " and " + graph.id(other)
                            + " together: " + graph.id(other) + relation + graph.id(target) + ", and the"
                            + " version table holds one revision per line; leave " + String.join(", ",
                            graph.idsOf(below(targets))) + " out (the destinations were "
                            + String.join(", ", graph.idsOf(targets)) + ")");
                }
            }
        }
    }

    /** The destinations another destination descends from or depends on: those to leave out. */
    private List<Integer> below(List<Integer> targets) {
        return targets.stream().filter(target -> target != BASE && target != NONE).filter(target -> {
            BitSet descendants = traversal.descendants(List.of(target));
            return targets.stream().anyMatch(other -> other != target && other >= 0 && descendants.get(other));
        }).toList();
    }

    private StampStep step(int target, List<Integer> movable) {
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

    private static boolean intersects(BitSet set, List<Integer> nodes) {
        return nodes.stream().anyMatch(set::get);
    }
}
