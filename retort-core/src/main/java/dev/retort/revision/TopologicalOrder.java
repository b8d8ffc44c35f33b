package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alembic's {@code _topological_sort}: newest first, finishing one branch before the next. It keeps a
 * list of current heads (started in map order) and walks down from one of them; when the revision in
 * hand is an ancestor of another current head it switches to the first such head, otherwise it emits
 * the revision and replaces it by its parents still to do (the first in its slot, the others appended).
 * A head that has nothing left to add is dropped and the walk resumes at the head before it.
 *
 * <p>Heads never change their relative order, so each slot holds an order key instead of a list index.
 *
 * <p>Alembic answers "is it an ancestor of another head" with one ancestor set per head, which costs a
 * traversal per head and per merge. When the selection is convex (nothing outside it lies between two
 * of its revisions) and every revision in it lies below a start head, which always holds for upgrades,
 * downgrades and full history, the answer is the same as "it still has a child to emit", and the first
 * such head is found by searching upwards through the revisions not yet emitted. Otherwise (some history
 * ranges over dependencies) the ancestor sets are kept as Alembic keeps them.
 */
final class TopologicalOrder {
    private final GraphIndex graph;
    private final Traversal traversal;
    private final BitSet todo;
    private final boolean fast;
    /** Current heads by order key. */
    private final TreeMap<Integer, Integer> heads = new TreeMap<>();
    private final int[] keyOf;
    private final BitSet isHead;
    private int nextKey;
    /** Per head, its ancestors; kept only on the exact path. */
    private final BitSet[] ancestors;
    /** Per revision, how many of its children are still to emit; kept only on the fast path. */
    private final int[] pendingChildren;
    /** Search marks on the fast path: a node is visited in the current search when it holds the epoch. */
    private final int[] visited;
    private int epoch;

    private TopologicalOrder(GraphIndex graph, Traversal traversal, BitSet todo, List<Integer> startHeads) {
        this.graph = graph;
        this.traversal = traversal;
        this.todo = (BitSet) todo.clone();
        this.keyOf = new int[graph.size()];
        this.isHead = new BitSet(graph.size());
        this.fast = convex(startHeads);
        this.ancestors = fast ? null : new BitSet[graph.size()];
        this.pendingChildren = fast ? countChildren() : null;
        this.visited = fast ? new int[graph.size()] : null;
    }

    /** The revisions of {@code todo} ordered from {@code startHeads} down, descendants first. */
    static List<Integer> sort(GraphIndex graph, Traversal traversal, BitSet todo, List<Integer> startHeads) {
        return new TopologicalOrder(graph, traversal, todo, startHeads).run(startHeads);
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
        Integer key = heads.isEmpty() ? null : heads.firstKey();
        while (key != null) {
            int candidate = heads.get(key);
            int above = fast ? headAboveFast(candidate, key) : headAboveExact(candidate, key);
            if (above >= 0) {
                key = above;
                continue;
            }
            if (todo.get(candidate)) {
                output.add(candidate);
                emit(candidate);
            }
            key = descend(key, candidate);
        }
    }

    private int headAboveExact(int candidate, int key) {
        for (Map.Entry<Integer, Integer> head : heads.entrySet()) {
            if (head.getKey() != key && ancestors[head.getValue()].get(candidate)) {
                return head.getKey();
            }
        }
        return -1;
    }

    /** Searches the revisions still to emit above {@code candidate} for the first current head. */
    private int headAboveFast(int candidate, int key) {
        if (pendingChildren[candidate] == 0) {
            return -1;
        }
        Integer firstOther = heads.firstKey() != key ? heads.firstKey() : heads.higherKey(key);
        int first = firstOther == null ? -1 : firstOther;
        int best = Integer.MAX_VALUE;
        epoch++;
        Traversal.IntStack stack = new Traversal.IntStack();
        push(stack, graph.effectiveChildren[candidate]);
        while (!stack.isEmpty() && best != first) {
            int node = stack.pop();
            if (isHead.get(node)) {
                best = Math.min(best, keyOf[node]);
            }
            push(stack, graph.effectiveChildren[node]);
        }
        if (best == Integer.MAX_VALUE) {
            throw new IllegalStateException("No head above " + graph.id(candidate));
        }
        return best;
    }

    private void push(Traversal.IntStack stack, int[] nodes) {
        for (int node : nodes) {
            if (todo.get(node) && visited[node] != epoch) {
                visited[node] = epoch;
                stack.push(node);
            }
        }
    }

    private void emit(int node) {
        todo.clear(node);
        if (fast) {
            for (int parent : graph.effectiveParents[node]) {
                pendingChildren[parent]--;
            }
        }
    }

    /** Replaces the emitted head by its parents still to do; returns the key to continue at, or null. */
    private Integer descend(int key, int candidate) {
        List<Integer> next = new ArrayList<>();
        for (int parent : graph.effectiveParents[candidate]) {
            if (todo.get(parent) && !isHead.get(parent)) {
                next.add(parent);
            }
        }
        isHead.clear(candidate);
        if (next.isEmpty()) {
            heads.remove(key);
            Integer previous = heads.lowerKey(key);
            return previous != null ? previous : heads.isEmpty() ? null : heads.firstKey();
        }
        int first = next.get(0);
        heads.put(key, first);
        keyOf[first] = key;
        isHead.set(first);
        if (!fast) {
            boolean plain = graph.normalizedDependencies[candidate].length == 0 && graph.parents[candidate].length == 1;
            ancestors[first] = plain ? ancestors[candidate] : traversal.ancestors(first);
            ancestors[first].clear(candidate);
            ancestors[candidate] = null;
        }
        next.subList(1, next.size()).forEach(this::addHead);
        return key;
    }

    private void addHead(int node) {
        keyOf[node] = nextKey;
        heads.put(nextKey++, node);
        isHead.set(node);
        if (!fast) {
            ancestors[node] = traversal.ancestors(node);
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

    /** Whether nothing outside {@code todo} lies between two of its revisions and all lie below a start. */
    private boolean convex(List<Integer> startHeads) {
        List<Integer> nodes = Traversal.nodes(todo);
        BitSet between = traversal.descendants(nodes);
        between.and(traversal.ancestors(nodes));
        between.andNot(todo);
        if (!between.isEmpty()) {
            return false;
        }
        BitSet covered = traversal.ancestors(startHeads.stream().filter(todo::get).toList());
        covered.and(todo);
        return covered.equals(todo);
    }

    private int[] countChildren() {
        int[] counts = new int[graph.size()];
        todo.stream().forEach(node -> {
            for (int parent : graph.effectiveParents[node]) {
                if (todo.get(parent)) {
                    counts[parent]++;
                }
            }
        });
        return counts;
    }
}
