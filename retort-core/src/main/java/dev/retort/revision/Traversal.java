package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/** Iterative reachability over one kind of edge; no recursion, so chains of any length are safe. */
final class Traversal {
    private final GraphIndex graph;

    Traversal(GraphIndex graph) {
        this.graph = graph;
    }

    /** Ancestors, inclusive, through parents and normalised dependencies. */
    BitSet ancestors(Iterable<Integer> starts) {
        return reach(graph.effectiveParents, starts);
    }

    BitSet ancestors(int start) {
        return reach(graph.effectiveParents, List.of(start));
    }

    /** Ancestors, inclusive, through versioned parents only. */
    BitSet versionedAncestors(Iterable<Integer> starts) {
        return reach(graph.parents, starts);
    }

    /** Descendants, inclusive, through children and dependents. */
    BitSet descendants(Iterable<Integer> starts) {
        return reach(graph.allChildren, starts);
    }

    /** Descendants, inclusive, through versioned children only. */
    BitSet versionedDescendants(Iterable<Integer> starts) {
        return reach(graph.children, starts);
    }

    /**
     * The ancestors, inclusive, of those of {@code starts} in {@code within}, through parents and normalised
     * dependencies, without leaving {@code within}.
     */
    BitSet ancestorsWithin(List<Integer> starts, BitSet within) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        for (int start : starts) {
            if (start >= 0 && within.get(start) && !seen.get(start)) {
                seen.set(start);
                todo.push(start);
            }
        }
        while (!todo.isEmpty()) {
            for (int parent : graph.effectiveParents[todo.pop()]) {
                if (within.get(parent) && !seen.get(parent)) {
                    seen.set(parent);
                    todo.push(parent);
                }
            }
        }
        return seen;
    }

    /** Revisions sharing a line with any of {@code nodes}: their ancestors and descendants. */
    BitSet lineage(Iterable<Integer> nodes, boolean includeDependencies) {
        BitSet result = includeDependencies ? ancestors(nodes) : versionedAncestors(nodes);
        result.or(includeDependencies ? descendants(nodes) : versionedDescendants(nodes));
        return result;
    }

    /**
     * Ancestors of {@code targets} (inclusive, through dependencies), refusing targets of which one is an
     * ancestor of another, as Alembic's checked traversal does.
     */
    BitSet ancestorsChecked(List<Integer> targets) {
        return reachChecked(graph.effectiveParents, targets, true, false);
    }

    /**
     * Ancestors of the version table's {@code rows}, as {@link #ancestorsChecked}; rows of which one is an
     * ancestor of another (a table that {@code stamp} in Alembic, or an edit by hand, left so) are refused with
     * the {@code stamp --purge} that sets the table right.
     */
    BitSet ancestorsOfRowsChecked(List<Integer> rows) {
        return reachChecked(graph.effectiveParents, rows, true, true);
    }

    /** Versioned descendants of {@code targets}, refusing targets of which one descends from another. */
    BitSet versionedDescendantsChecked(List<Integer> targets) {
        return reachChecked(graph.children, targets, false, false);
    }

    private BitSet reach(int[][] edges, Iterable<Integer> starts) {
        return reach(edges, graph.size(), starts);
    }

    /** Nodes reachable from {@code starts} (inclusive) along {@code edges}. */
    static BitSet reach(int[][] edges, int size, Iterable<Integer> starts) {
        BitSet seen = new BitSet(size);
        IntStack stack = new IntStack();
        for (int start : starts) {
            stack.push(start);
        }
        while (!stack.isEmpty()) {
            int node = stack.pop();
            if (!seen.get(node)) {
                seen.set(node);
                stack.pushAll(edges[node]);
            }
        }
        return seen;
    }

    private BitSet reachChecked(int[][] edges, List<Integer> targets, boolean upwards, boolean rows) {
        BitSet seen = new BitSet(graph.size());
        BitSet targetSet = new BitSet(graph.size());
        targets.forEach(targetSet::set);
        IntStack stack = new IntStack();
        for (int target : targets) {
            BitSet overlaps = new BitSet();
            stack.push(target);
            while (!stack.isEmpty()) {
                int node = stack.pop();
                if (node != target && targetSet.get(node)) {
                    overlaps.set(node);
                }
                if (!seen.get(node)) {
                    seen.set(node);
                    stack.pushAll(edges[node]);
                }
            }
            if (!overlaps.isEmpty()) {
                throw rows ? rowsOverlap(target, overlaps, targets) : overlap(target, overlaps, upwards);
            }
        }
        return seen;
    }

    private RevisionStepException overlap(int target, BitSet overlaps, boolean upwards) {
        List<String> others = graph.idsOf(overlaps);
        String relation = upwards ? " descends from " : " is an ancestor of ";
        return new RevisionStepException("Requested revision " + graph.id(target)
                + " overlaps with other requested revisions " + String.join(", ", others) + " ("
                + graph.id(target) + relation + String.join(", ", others) + "); name only one of them");
    }

    private RevisionStepException rowsOverlap(int row, BitSet overlaps, List<Integer> rows) {
        List<String> others = graph.idsOf(overlaps);
        List<String> kept = new ArrayList<>();
        for (int candidate : rows) {
            boolean below = rows.stream().anyMatch(other -> other != candidate
                    && reach(graph.effectiveParents, List.of(other)).get(candidate));
            if (!below && !kept.contains(graph.id(candidate))) {
                kept.add(graph.id(candidate));
            }
        }
        BitSet versionedBelow = versionedAncestors(List.of(row));
        long versioned = overlaps.stream().filter(versionedBelow::get).count();
        String relation = versioned == overlaps.cardinality() ? " descends from "
                : versioned == 0 ? " depends on " : " descends from or depends on ";
        return new RevisionStepException("Requested revision " + graph.id(row) + " overlaps with other requested"
                + " revisions " + String.join(", ", others) + " (" + graph.id(row) + relation
                + String.join(", ", others) + "): the version table holds both, where the later alone stands for"
                + " them; set it right with 'stamp --purge " + String.join(" ", kept) + "'");
    }

    /** A growable stack of node numbers. */
    static final class IntStack {
        private int[] items = new int[16];
        private int size;

        void push(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }

        void pushAll(int[] values) {
            for (int value : values) {
                push(value);
            }
        }

        int pop() {
            return items[--size];
        }

        boolean isEmpty() {
            return size == 0;
        }
    }

    static List<Integer> nodes(BitSet set) {
        List<Integer> result = new ArrayList<>(set.cardinality());
        set.stream().forEach(result::add);
        return result;
    }
}
