package dev.retort.revision;

import dev.retort.revision.RevisionGraphException.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Alembic's cycle detection: every revision must lie both below some head and above some base; the
 * revisions that do not are on a cycle or hang from one. Run first over versioned edges, then over
 * versioned edges plus dependencies. Missing references have already been dropped from the edges, so
 * a revision whose parents are all missing counts as a base here and is reported only once.
 */
final class CycleCheck {
    private final int size;
    private final int[][] parents;
    private final int[][] children;
    private final int[][] allParents;
    private final int[][] allChildren;

    CycleCheck(int size, int[][] parents, int[][] children, int[][] allParents, int[][] allChildren) {
        this.size = size;
        this.parents = parents;
        this.children = children;
        this.allParents = allParents;
        this.allChildren = allChildren;
    }

    /** Reports a versioned cycle; returns whether there was one. */
    boolean versioned(GraphBuilder builder) {
        return check(builder, parents, children, Kind.CYCLE, "Cycle");
    }

    /** Reports a cycle through dependencies; returns whether there was one. */
    boolean dependencies(GraphBuilder builder) {
        return check(builder, allParents, allChildren, Kind.DEPENDENCY_CYCLE, "Dependency cycle");
    }

    private boolean check(GraphBuilder builder, int[][] up, int[][] down, Kind kind, String name) {
        if (size == 0) {
            return false;
        }
        List<Integer> heads = nodesWithout(down);
        List<Integer> bases = nodesWithout(up);
        List<String> involved = new ArrayList<>();
        if (heads.isEmpty() || bases.isEmpty()) {
            IntStream.range(0, size).forEach(node -> involved.add(builder.id(node)));
        } else {
            BitSet space = Traversal.reach(up, size, heads);
            space.and(Traversal.reach(down, size, bases));
            for (int node = space.nextClearBit(0); node < size; node = space.nextClearBit(node + 1)) {
                involved.add(builder.id(node));
            }
            Collections.sort(involved);
        }
        if (involved.isEmpty()) {
            return false;
        }
        builder.problem(kind, involved, name + " is detected in revisions (" + String.join(", ", involved) + ")");
        return true;
    }

    private List<Integer> nodesWithout(int[][] edges) {
        List<Integer> nodes = new ArrayList<>();
        for (int node = 0; node < size; node++) {
            if (edges[node].length == 0) {
                nodes.add(node);
            }
        }
        return nodes;
    }
}
