package dev.retort.revision;

import java.util.BitSet;

/**
 * Alembic's branch label propagation. Each labelled revision, in map order, passes its labels down to
 * all its versioned descendants, then from the last descendant visited back down through its ancestors
 * until a real branch point (several children, dependents included) or a merge point. The walk down only
 * reaches past the labelled revision when its descendants form a single line, so the result does not
 * depend on the order in which children are visited.
 */
final class LabelPropagation {
    private LabelPropagation() {
    }

    static void apply(GraphIndex graph) {
        for (int node = 0; node < graph.size(); node++) {
            if (!graph.revisions.get(node).branchLabels().isEmpty() && !graph.labels[node].isEmpty()) {
                propagate(graph, node);
            }
        }
    }

    private static void propagate(GraphIndex graph, int labelled) {
        BitSet labels = graph.labels[labelled];
        BitSet seen = new BitSet(graph.size());
        Traversal.IntStack stack = new Traversal.IntStack();
        stack.push(labelled);
        int last = labelled;
        while (!stack.isEmpty()) {
            int node = stack.pop();
            if (!seen.get(node)) {
                seen.set(node);
                stack.pushAll(graph.children[node]);
                graph.labels[node].or(labels);
                last = node;
            }
        }
        int node = last;
        while (graph.allChildren[node].length <= 1 && graph.parents[node].length <= 1) {
            graph.labels[node].or(labels);
            if (graph.parents[node].length == 0) {
                break;
            }
            node = graph.parents[node][0];
        }
    }
}
