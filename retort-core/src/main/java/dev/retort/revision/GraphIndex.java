package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The validated graph as arrays indexed by node number, which is the revision's position in map order.
 * Edge lists hold node numbers; every list is in map order unless it mirrors a declaration (parents and
 * dependencies keep the order the revision declares them in).
 */
final class GraphIndex {
    /** A walk that stepped down past a base (Alembic's {@code "base"} marker). */
    static final int BASE = -1;
    /** No revision: a walk that ran off the graph, or "start from every base or head". */
    static final int NONE = -2;

    final List<Revision> revisions;
    final Map<String, Integer> ids;
    final Map<String, Integer> labelOwners;
    final List<String> labelNames;
    private final Map<String, Integer> labelNumbers = new java.util.HashMap<>();
    /** Versioned parents ({@code down_revision}). */
    final int[][] parents;
    /** Resolved {@code depends_on}, duplicates removed. */
    final int[][] dependencies;
    /** Dependencies that no versioned ancestor already declares. */
    final int[][] normalizedDependencies;
    /** Parents followed by normalised dependencies: what ordering and the version table follow. */
    final int[][] effectiveParents;
    /** The reverse of {@link #effectiveParents}. */
    final int[][] effectiveChildren;
    /** Versioned children ({@code nextrev}). */
    final int[][] children;
    /** Children through parents or dependencies ({@code _all_nextrev}). */
    final int[][] allChildren;
    /** Declared and propagated branch labels, as label numbers; completed once while building. */
    final BitSet[] labels;
    final int[] heads;
    final int[] realHeads;
    final int[] bases;

    GraphIndex(List<Revision> revisions, Map<String, Integer> ids, Map<String, Integer> labelOwners,
            List<String> labelNames, int[][] parents, int[][] dependencies, int[][] normalizedDependencies,
            int[][] children, int[][] allChildren, BitSet[] labels) {
        this.revisions = List.copyOf(revisions);
        this.ids = Map.copyOf(ids);
        this.labelOwners = Map.copyOf(labelOwners);
        this.labelNames = List.copyOf(labelNames);
        this.parents = parents;
        this.dependencies = dependencies;
        this.normalizedDependencies = normalizedDependencies;
        this.allChildren = allChildren;
        this.labels = labels;
        for (int i = 0; i < labelNames.size(); i++) {
            labelNumbers.put(labelNames.get(i), i);
        }
        int n = revisions.size();
        this.effectiveParents = new int[n][];
        for (int i = 0; i < n; i++) {
            effectiveParents[i] = concatDistinct(parents[i], normalizedDependencies[i]);
        }
        this.effectiveChildren = invert(effectiveParents, n);
        this.children = children;
        this.heads = withoutEdges(children);
        this.realHeads = withoutEdges(allChildren);
        this.bases = withoutEdges(parents);
    }

    int size() {
        return revisions.size();
    }

    String id(int node) {
        return revisions.get(node).id();
    }

    /** The node of an exact revision id, or -1. */
    int node(String id) {
        Integer node = ids.get(id);
        return node == null ? -1 : node;
    }

    /** The node of an exact revision id or declared branch label (Alembic's map lookup), or -1. */
    int exact(String key) {
        Integer node = ids.get(key);
        if (node == null) {
            node = labelOwners.get(key);
        }
        return node == null ? -1 : node;
    }

    boolean hasLabel(int node, String label) {
        Integer number = labelNumbers.get(label);
        return number != null && labels[node].get(number);
    }

    List<String> labelsOf(int node) {
        List<String> names = new ArrayList<>();
        labels[node].stream().forEach(i -> names.add(labelNames.get(i)));
        return names;
    }

    List<String> idsOf(int[] nodes) {
        List<String> result = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            result.add(id(node));
        }
        return result;
    }

    List<String> idsOf(Iterable<Integer> nodes) {
        List<String> result = new ArrayList<>();
        for (int node : nodes) {
            result.add(id(node));
        }
        return result;
    }

    List<String> idsOf(BitSet nodes) {
        List<String> result = new ArrayList<>(nodes.cardinality());
        nodes.stream().forEach(node -> result.add(id(node)));
        return result;
    }

    static List<Integer> list(int[] nodes) {
        List<Integer> result = new ArrayList<>(nodes.length);
        for (int node : nodes) {
            result.add(node);
        }
        return result;
    }

    private static int[] concatDistinct(int[] first, int[] second) {
        int[] result = new int[first.length + second.length];
        int size = 0;
        for (int[] part : new int[][] {first, second}) {
            for (int node : part) {
                if (!contains(result, size, node)) {
                    result[size++] = node;
                }
            }
        }
        return size == result.length ? result : java.util.Arrays.copyOf(result, size);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    static int[][] invert(int[][] parents, int n) {
        int[] counts = new int[n];
        for (int[] ps : parents) {
            for (int p : ps) {
                counts[p]++;
            }
        }
        int[][] result = new int[n][];
        for (int i = 0; i < n; i++) {
            result[i] = new int[counts[i]];
            counts[i] = 0;
        }
        for (int child = 0; child < n; child++) {
            for (int p : parents[child]) {
                result[p][counts[p]++] = child;
            }
        }
        return result;
    }

    private static int[] withoutEdges(int[][] edges) {
        int[] result = new int[edges.length];
        int size = 0;
        for (int node = 0; node < edges.length; node++) {
            if (edges[node].length == 0) {
                result[size++] = node;
            }
        }
        return java.util.Arrays.copyOf(result, size);
    }
}
