package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * The version table as a set of rows (one per head the database is at) and the rules, Alembic's
 * {@code HeadMaintainer}, by which each step changes it. Immutable: {@link #apply} returns the new rows
 * with the {@code INSERT}/{@code UPDATE}/{@code DELETE} statements that produce them. Get one from
 * {@link RevisionGraph#versionHeads}; rows must be full ids of revisions in that graph, and
 * {@link #rows()} lists them in map order.
 *
 * <p>Where Alembic's choice depends on Python's set order, these rules fix it. A merge deletes the rows
 * of all but the last merged parent and updates the last one (parents in declared order, then
 * dependencies); an unmerge updates the row to the last revision it returns to, in the same order, and
 * inserts the others. Both are what Alembic does whenever its order is not a set's. Unlike Alembic, a
 * downgrade never leaves a row that another row implies, so the rows are always the tips of what is
 * applied.
 */
public final class VersionHeads {
    private final RevisionGraph graph;
    private final BitSet nodes;

    private VersionHeads(RevisionGraph graph, BitSet nodes) {
        this.graph = graph;
        this.nodes = nodes;
    }

    /** The given rows (duplicates ignored) of a database whose revisions belong to {@code graph}. */
    public static VersionHeads of(RevisionGraph graph, Collection<String> rows) {
        graph.checkVersionRows(rows);
        BitSet nodes = new BitSet(graph.size());
        for (String row : rows) {
            nodes.set(graph.index().node(row));
        }
        return new VersionHeads(graph, nodes);
    }

    /** The rows, in map order. */
    public List<String> rows() {
        return graph.index().idsOf(nodes);
    }

    public boolean contains(String id) {
        int node = graph.index().node(id);
        return node >= 0 && nodes.get(node);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public int size() {
        return nodes.cardinality();
    }

    /** The rows after {@code step} and the statements that get there. */
    public Transition apply(VersionStep step) {
        Editor editor = new Editor((BitSet) nodes.clone());
        editor.apply(step);
        return new Transition(new VersionHeads(graph, editor.rows), editor.changes);
    }

    /** The rows after all {@code steps}, and every statement in order. */
    public Transition applyAll(List<? extends VersionStep> steps) {
        Editor editor = new Editor((BitSet) nodes.clone());
        steps.forEach(editor::apply);
        return new Transition(new VersionHeads(graph, editor.rows), editor.changes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionHeads heads && heads.graph == graph && heads.nodes.equals(nodes);
    }

    @Override
    public int hashCode() {
        return nodes.hashCode();
    }

    @Override
    public String toString() {
        return "VersionHeads" + rows();
    }

    /** The rows being changed, step by step, and the statements issued so far. */
    private final class Editor {
        private final BitSet rows;
        private final List<VersionChange> changes = new ArrayList<>();
        private final GraphIndex index = graph.index();
        private VersionStep step;
        private BitSet before;

        Editor(BitSet rows) {
            this.rows = rows;
        }

        void apply(VersionStep next) {
            step = next;
            before = (BitSet) rows.clone();
            if (next instanceof MigrationStep migration) {
                int node = index.node(migration.id());
                if (node < 0) {
                    throw new IllegalArgumentException("Revision " + migration.id() + " is not in this graph");
                }
                if (migration.isUpgrade()) {
                    upgrade(node);
                } else {
                    downgrade(node);
                }
            } else {
                stamp((StampStep) next);
            }
        }

        private void upgrade(int node) {
            int[] parents = index.effectiveParents[node];
            List<Integer> present = new ArrayList<>();
            for (int parent : parents) {
                if (rows.get(parent)) {
                    present.add(parent);
                }
            }
            if (present.isEmpty()) {
                insert(node);
            } else if (present.size() > 1) {
                BitSet others = (BitSet) rows.clone();
                for (int parent : parents) {
                    others.clear(parent);
                }
                BitSet implied = graph.traversal().ancestors(Traversal.nodes(others));
                List<Integer> merged = present.stream().filter(parent -> !implied.get(parent)).toList();
                merged = merged.isEmpty() ? present : merged;
                merged.subList(0, merged.size() - 1).forEach(this::delete);
                update(merged.get(merged.size() - 1), node);
            } else {
                update(present.get(0), node);
            }
        }

        private void downgrade(int node) {
            int[] parents = index.effectiveParents[node];
            List<Integer> remaining = parents.length == 0 ? List.of() : unmergeTargets(node);
            if (remaining.isEmpty()) {
                delete(node);
            } else if (parents.length > 1) {
                int target = remaining.get(remaining.size() - 1);
                for (int parent : remaining) {
                    if (parent != target) {
                        insert(parent);
                    }
                }
                update(node, target);
            } else {
                update(node, remaining.get(0));
            }
        }

        /**
         * The parents a downgraded row returns to: those implied neither by the other rows nor by each
         * other. Current Alembic (#1373) applies the second test only when the row is alone, and so can
         * leave a row that another row implies; here the rows always stay the tips of what is applied.
         */
        private List<Integer> unmergeTargets(int node) {
            int[] parents = index.effectiveParents[node];
            BitSet others = (BitSet) rows.clone();
            others.clear(node);
            BitSet implied = others.isEmpty() ? new BitSet() : graph.traversal().ancestors(Traversal.nodes(others));
            for (int parent : parents) {
                BitSet above = graph.traversal().ancestors(parent);
                above.clear(parent);
                implied.or(above);
            }
            List<Integer> remaining = new ArrayList<>();
            for (int parent : parents) {
                if (!implied.get(parent)) {
                    remaining.add(parent);
                }
            }
            return remaining;
        }

        private void stamp(StampStep stamp) {
            List<Integer> from = nodesOf(stamp.from());
            List<Integer> to = nodesOf(stamp.to());
            if (!stamp.upgrade() && stamp.branchMove()) {
                require(from.size() == 1, "it deletes exactly one row");
                delete(from.get(0));
            } else if (stamp.upgrade() && (stamp.branchMove() || !from.stream().allMatch(rows::get))
                    && !to.stream().allMatch(rows::get)) {
                require(to.size() == 1, "it inserts exactly one row");
                insert(to.get(0));
            } else {
                require(!from.isEmpty() && !to.isEmpty(), "it moves existing rows");
                from.subList(0, from.size() - 1).forEach(this::delete);
                to.subList(0, to.size() - 1).forEach(this::insert);
                update(from.get(from.size() - 1), to.get(to.size() - 1));
            }
        }

        private List<Integer> nodesOf(List<String> ids) {
            List<Integer> result = new ArrayList<>(ids.size());
            for (String id : ids) {
                int node = index.node(id);
                if (node < 0) {
                    throw new IllegalArgumentException("Revision " + id + " is not in this graph");
                }
                result.add(node);
            }
            return result;
        }

        private void insert(int node) {
            require(!rows.get(node), "revision " + index.id(node) + " is already in the version table");
            rows.set(node);
            changes.add(new VersionChange.Insert(index.id(node)));
        }

        private void update(int from, int to) {
            require(rows.get(from), "revision " + index.id(from) + " is not in the version table");
            require(!rows.get(to), "revision " + index.id(to) + " is already in the version table");
            rows.clear(from);
            rows.set(to);
            changes.add(new VersionChange.Update(index.id(from), index.id(to)));
        }

        private void delete(int node) {
            require(rows.get(node), "revision " + index.id(node) + " is not in the version table");
            rows.clear(node);
            changes.add(new VersionChange.Delete(index.id(node)));
        }

        private void require(boolean condition, String reason) {
            if (!condition) {
                throw new RevisionStepException("Can't apply '" + step.shortLog() + "' to version table rows ("
                        + String.join(", ", index.idsOf(before)) + "): " + reason);
            }
        }

    }
}
