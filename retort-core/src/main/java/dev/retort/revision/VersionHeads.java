package dev.retort.revision;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The version table as a set of rows (one per head the database is at) and the rules, Alembic's
 * {@code HeadMaintainer}, by which each step changes it. Immutable: {@link #apply} returns the new rows
 * with the {@code INSERT}/{@code UPDATE}/{@code DELETE} statements that produce them.
 *
 * <p>Where Alembic's choice depends on Python's set order, these rules fix it. A merge deletes the rows
 * of all but the last merged parent and updates the last one (parents in declared order, then
 * dependencies); an unmerge updates the row to the last versioned parent it returns to and inserts the
 * others. Both agree with what Alembic printed for the sample in the reference.
 */
public final class VersionHeads {
    private final RevisionGraph graph;
    private final List<String> rows;

    private VersionHeads(RevisionGraph graph, List<String> rows) {
        this.graph = graph;
        this.rows = List.copyOf(rows);
    }

    /** The given rows (duplicates dropped) of a database whose revisions belong to {@code graph}. */
    public static VersionHeads of(RevisionGraph graph, Collection<String> rows) {
        return new VersionHeads(graph, new ArrayList<>(new LinkedHashSet<>(rows)));
    }

    /** The rows, in the order they were inserted. */
    public List<String> rows() {
        return rows;
    }

    public boolean contains(String id) {
        return rows.contains(id);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The rows after {@code step} and the statements that get there. */
    public Transition apply(VersionStep step) {
        Editor editor = new Editor(step);
        if (step instanceof MigrationStep migration) {
            int node = graph.index().node(migration.id());
            if (node < 0) {
                throw new IllegalArgumentException("Revision " + migration.id() + " is not in this graph");
            }
            if (migration.isUpgrade()) {
                upgrade(editor, node);
            } else {
                downgrade(editor, node);
            }
        } else {
            stamp(editor, (StampStep) step);
        }
        return new Transition(new VersionHeads(graph, editor.rows), editor.changes);
    }

    /** The rows after all {@code steps}, and every statement in order. */
    public Transition applyAll(List<? extends VersionStep> steps) {
        VersionHeads heads = this;
        List<VersionChange> changes = new ArrayList<>();
        for (VersionStep step : steps) {
            Transition transition = heads.apply(step);
            changes.addAll(transition.changes());
            heads = transition.heads();
        }
        return new Transition(heads, changes);
    }

    private void upgrade(Editor editor, int node) {
        String id = graph.index().id(node);
        List<String> parents = graph.index().idsOf(graph.index().effectiveParents[node]);
        List<String> present = parents.stream().filter(rows::contains).toList();
        if (present.isEmpty()) {
            editor.insert(id);
        } else if (present.size() > 1) {
            List<String> others = rows.stream().filter(row -> !parents.contains(row)).toList();
            BitSet implied = ancestors(others);
            List<String> merged = present.stream().filter(parent -> !implied.get(node(parent))).toList();
            merged = merged.isEmpty() ? present : merged;
            merged.subList(0, merged.size() - 1).forEach(editor::delete);
            editor.update(merged.get(merged.size() - 1), id);
        } else {
            editor.update(present.get(0), id);
        }
    }

    private void downgrade(Editor editor, int node) {
        String id = graph.index().id(node);
        int[] parentNodes = graph.index().effectiveParents[node];
        List<String> remaining = parentNodes.length == 0 ? List.of() : unmergeTargets(node);
        if (remaining.isEmpty()) {
            editor.delete(id);
        } else if (parentNodes.length > 1) {
            List<String> versioned = graph.index().idsOf(graph.index().parents[node]);
            String target = remaining.get(remaining.size() - 1);
            for (String parent : remaining) {
                target = versioned.contains(parent) ? parent : target;
            }
            for (String parent : remaining) {
                if (!parent.equals(target)) {
                    editor.insert(parent);
                }
            }
            editor.update(id, target);
        } else {
            editor.update(id, remaining.get(0));
        }
    }

    /**
     * The parents a downgraded row returns to: those not implied by the other rows, or, when it is the
     * only row, those not implied by each other (current Alembic, #1373).
     */
    private List<String> unmergeTargets(int node) {
        String id = graph.index().id(node);
        List<String> parents = graph.index().idsOf(graph.index().effectiveParents[node]);
        List<String> others = rows.stream().filter(row -> !row.equals(id)).toList();
        BitSet implied;
        if (!others.isEmpty()) {
            implied = ancestors(others);
        } else {
            implied = new BitSet();
            for (String parent : parents) {
                BitSet above = graph.traversal().ancestors(node(parent));
                above.clear(node(parent));
                implied.or(above);
            }
        }
        return parents.stream().filter(parent -> !implied.get(node(parent))).toList();
    }

    private void stamp(Editor editor, StampStep step) {
        List<String> from = step.from();
        List<String> to = step.to();
        if (!step.upgrade() && step.branchMove()) {
            editor.require(from.size() == 1, "it deletes exactly one row");
            editor.delete(from.get(0));
        } else if (step.upgrade() && (step.branchMove() || !rows.containsAll(from)) && !rows.containsAll(to)) {
            editor.require(to.size() == 1, "it inserts exactly one row");
            editor.insert(to.get(0));
        } else {
            editor.require(!from.isEmpty() && !to.isEmpty(), "it moves existing rows");
            from.subList(0, from.size() - 1).forEach(editor::delete);
            to.subList(0, to.size() - 1).forEach(editor::insert);
            editor.update(from.get(from.size() - 1), to.get(to.size() - 1));
        }
    }

    private BitSet ancestors(List<String> ids) {
        if (ids.isEmpty()) {
            return new BitSet();
        }
        List<Integer> nodes = new ArrayList<>();
        ids.forEach(id -> nodes.add(node(id)));
        return graph.traversal().ancestors(nodes);
    }

    private int node(String id) {
        int node = graph.index().node(id);
        return node >= 0 ? node : graph.resolver().ident(id, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionHeads heads && new LinkedHashSet<>(rows).equals(new LinkedHashSet<>(heads.rows));
    }

    @Override
    public int hashCode() {
        return new LinkedHashSet<>(rows).hashCode();
    }

    @Override
    public String toString() {
        return "VersionHeads" + rows;
    }

    /** The rows being changed by one step, and the statements issued so far. */
    private final class Editor {
        private final VersionStep step;
        private final List<String> rows = new ArrayList<>(VersionHeads.this.rows);
        private final List<VersionChange> changes = new ArrayList<>();

        Editor(VersionStep step) {
            this.step = step;
        }

        void insert(String id) {
            require(!rows.contains(id), "revision " + id + " is already in the version table");
            rows.add(id);
            changes.add(new VersionChange.Insert(id));
        }

        void update(String from, String to) {
            require(rows.contains(from), "revision " + from + " is not in the version table");
            require(!rows.contains(to), "revision " + to + " is already in the version table");
            rows.set(rows.indexOf(from), to);
            changes.add(new VersionChange.Update(from, to));
        }

        void delete(String id) {
            require(rows.contains(id), "revision " + id + " is not in the version table");
            rows.remove(id);
            changes.add(new VersionChange.Delete(id));
        }

        void require(boolean condition, String reason) {
            if (!condition) {
                throw new RevisionStepException("Can't apply '" + step.shortLog() + "' to version table rows ("
                        + String.join(", ", VersionHeads.this.rows) + "): " + reason);
            }
        }
    }
}
