package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Alembic's {@code _topological_sort}: newest first, finishing one branch before the next. It keeps a
 * list of current heads (started in map order) and walks down from one of them until the revision in
 * hand is an ancestor of another current head, then switches to the first such head. Each head carries
 * its ancestor set, updated in place along plain single-parent lines and recomputed at merges and
 * dependencies.
 */
final class TopologicalOrder {
    private final GraphIndex graph;
    private final Traversal traversal;
    private final BitSet todo;
    private final List<Integer> heads = new ArrayList<>();
    private final List<BitSet> ancestors = new ArrayList<>();
    private final BitSet isHead;

    private TopologicalOrder(GraphIndex graph, Traversal traversal, BitSet todo) {
        this.graph = graph;
        this.traversal = traversal;
        this.todo = (BitSet) todo.clone();
        this.isHead = new BitSet(graph.size());
    }

    /** The revisions of {@code todo} ordered from {@code startHeads} down, descendants first. */
    static List<Integer> sort(GraphIndex graph, Traversal traversal, BitSet todo, List<Integer> startHeads) {
        return new TopologicalOrder(graph, traversal, todo).run(startHeads);
    }

    private List<Integer> run(List<Integer> startHeads) {
        startHeads.stream().filter(todo::get).distinct().sorted().forEach(this::addHead);
        List<Integer> output = new ArrayList<>(todo.cardinality());
        while (true) {
            drain(output);
            if (todo.isEmpty()) {
                return output;
            }
            tips().forEach(this::addHead);
        }
    }

    private void drain(List<Integer> output) {
        int index = 0;
        while (!heads.isEmpty()) {
            int candidate = heads.get(index);
            int above = headAbove(candidate, index);
            if (above >= 0) {
                index = above;
                continue;
            }
            if (todo.get(candidate)) {
                output.add(candidate);
                todo.clear(candidate);
            }
            index = descend(index, candidate);
        }
    }

    /**
     * Revisions left over that no start head reaches (Alembic fails an assertion here; it happens when
     * a history range keeps a revision whose only link to the heads is a dependency): the ones without a
     * remaining child start a new round, in map order.
     */
    private List<Integer> tips() {
        BitSet below = new BitSet(graph.size());
        todo.stream().forEach(node -> {
            for (int parent : graph.effectiveParents[node]) {
                below.set(parent);
            }
        });
        List<Integer> tips = new ArrayList<>();
        todo.stream().filter(node -> !below.get(node)).forEach(tips::add);
        return tips;
    }

    /** The first other head that {@code candidate} is an ancestor of, or -1. */
    private int headAbove(int candidate, int index) {
        for (int other = 0; other < ancestors.size(); other++) {
            if (other != index && ancestors.get(other).get(candidate)) {
                return other;
            }
        }
        return -1;
    }

    /** Replaces the emitted head by its parents still to do; returns the index to continue at. */
    private int descend(int index, int candidate) {
        List<Integer> next = new ArrayList<>();
        for (int parent : graph.effectiveParents[candidate]) {
            if (todo.get(parent) && !isHead.get(parent)) {
                next.add(parent);
            }
        }
        isHead.clear(candidate);
        if (next.isEmpty()) {
            heads.remove(index);
            ancestors.remove(index);
            return Math.max(index - 1, 0);
        }
        heads.set(index, next.get(0));
        isHead.set(next.get(0));
        if (graph.normalizedDependencies[candidate].length == 0 && graph.parents[candidate].length == 1) {
            ancestors.get(index).clear(candidate);
        } else {
            ancestors.set(index, traversal.ancestors(next.get(0)));
            next.subList(1, next.size()).forEach(this::addHead);
        }
        return index;
    }

    private void addHead(int node) {
        heads.add(node);
        ancestors.add(traversal.ancestors(node));
        isHead.set(node);
    }
}
