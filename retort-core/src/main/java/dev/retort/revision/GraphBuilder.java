package dev.retort.revision;

import dev.retort.revision.RevisionGraphException.Kind;
import dev.retort.revision.RevisionGraphException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a list of revisions and turns it into a {@link GraphIndex}: resolves references, collects every
 * structural problem before failing, then derives normalised dependencies and propagated labels.
 */
final class GraphBuilder {
    private static final String ILLEGAL_ID_CHARS = "@-+:";
    /** Symbols of the identifier grammar: neither a branch label nor a revision id may be one. */
    private static final List<String> RESERVED_LABELS = List.of("head", "heads", "base", "current");

    private final List<Revision> revisions = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> labelOwners = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    static GraphIndex build(List<Revision> input) {
        return new GraphBuilder().run(input);
    }

    private GraphIndex run(List<Revision> input) {
        input.forEach(this::addRevision);
        revisions.forEach(this::addLabels);
        int n = revisions.size();
        int[][] parents = new int[n][];
        int[][] dependencies = new int[n][];
        for (int i = 0; i < n; i++) {
            parents[i] = resolveParents(i);
            dependencies[i] = resolveDependencies(i);
        }
        int[][] allParents = new int[n][];
        for (int i = 0; i < n; i++) {
            allParents[i] = union(parents[i], dependencies[i]);
        }
        int[][] children = GraphIndex.invert(parents, n);
        int[][] allChildren = GraphIndex.invert(allParents, n);
        CycleCheck cycles = new CycleCheck(n, parents, children, allParents, allChildren);
        if (!cycles.versioned(this)) {
            cycles.dependencies(this);
        }
        if (!problems.isEmpty()) {
            throw new RevisionGraphException(problems);
        }
        int[][] normalized = normalize(dependencies, children);
        GraphIndex index = new GraphIndex(revisions, ids, labelOwners, new ArrayList<>(labelOwners.keySet()),
                parents, dependencies, normalized, children, allChildren, declaredLabels());
        LabelPropagation.apply(index);
        return index;
    }

    void problem(Kind kind, List<String> names, String message) {
        problems.add(new Problem(kind, names, message));
    }

    String id(int node) {
        return revisions.get(node).id();
    }

    private void addRevision(Revision revision) {
        String id = revision.id();
        checkId(id);
        if (ids.containsKey(id)) {
            problem(Kind.DUPLICATE_ID, List.of(id), "Revision " + id + " is present more than once");
            return;
        }
        ids.put(id, revisions.size());
        revisions.add(revision);
    }

    private void checkId(String id) {
        if (id.isEmpty()) {
            problem(Kind.ILLEGAL_ID, List.of(id), "A revision has an empty revision identifier");
        }
        boolean whitespace = false;
        TreeSet<Character> illegal = null;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (ILLEGAL_ID_CHARS.indexOf(c) >= 0) {
                illegal = illegal == null ? new TreeSet<>() : illegal;
                illegal.add(c);
            }
            whitespace |= Character.isWhitespace(c);
        }
        if (illegal != null) {
            StringBuilder chars = new StringBuilder();
            illegal.forEach(c -> chars.append(chars.length() == 0 ? "" : ", ").append(c));
            problem(Kind.ILLEGAL_ID, List.of(id),
                    "Character(s) '" + chars + "' not allowed in revision identifier '" + id + "'");
        }
        if (whitespace) {
            problem(Kind.ILLEGAL_ID, List.of(id), "Whitespace not allowed in revision identifier '" + id + "'");
        }
        if (RESERVED_LABELS.contains(id)) {
            problem(Kind.ILLEGAL_ID, List.of(id), "Revision identifier '" + id + "' is reserved: it is a symbol of"
                    + " the revision grammar (" + String.join(", ", RESERVED_LABELS) + "), so a revision with this"
                    + " id could not be addressed");
        }
    }

    private void addLabels(Revision revision) {
        for (String label : revision.branchLabels()) {
            if (label.isEmpty() || label.contains("@") || label.contains(":") || label.chars().anyMatch(
                    Character::isWhitespace) || RESERVED_LABELS.contains(label)) {
                problem(Kind.ILLEGAL_LABEL, List.of(revision.id()), "Branch name '" + label + "' in revision "
                        + revision.id() + " is not allowed; branch names must be non-empty, contain no '@', ':' or"
                        + " whitespace and not be one of " + String.join(", ", RESERVED_LABELS));
                continue;
            }
            Integer owner = ids.containsKey(label) ? ids.get(label) : labelOwners.get(label);
            if (owner != null) {
                problem(Kind.DUPLICATE_LABEL, List.of(revision.id(), id(owner)), "Branch name '" + label
                        + "' in revision " + revision.id() + " already used by revision " + id(owner));
                continue;
            }
            labelOwners.put(label, ids.get(revision.id()));
        }
    }

    private int[] resolveParents(int node) {
        Revision revision = revisions.get(node);
        List<String> declared = revision.downRevisions();
        int[] resolved = new int[declared.size()];
        int size = 0;
        boolean selfLoop = false;
        for (String parent : declared) {
            Integer target = ids.get(parent);
            if (parent.equals(revision.id())) {
                selfLoop = true;
            } else if (target == null) {
                problem(Kind.MISSING_PARENT, List.of(revision.id(), parent),
                        "Revision " + parent + " referenced from " + revision.id() + " is not present");
            } else if (indexOf(resolved, size, target) >= 0) {
                problem(Kind.DUPLICATE_PARENT, List.of(revision.id(), parent),
                        "Revision " + revision.id() + " lists parent " + parent + " more than once");
            } else {
                resolved[size++] = target;
            }
        }
        if (selfLoop) {
            problem(Kind.SELF_LOOP, List.of(revision.id()),
                    "Self-loop is detected in revisions (" + revision.id() + ")");
        }
        return Arrays.copyOf(resolved, size);
    }

    private int[] resolveDependencies(int node) {
        Revision revision = revisions.get(node);
        List<String> declared = revision.dependsOn();
        int[] resolved = new int[declared.size()];
        int size = 0;
        boolean selfLoop = false;
        for (String dependency : declared) {
            Integer target = ids.containsKey(dependency) ? ids.get(dependency) : labelOwners.get(dependency);
            if (target == null) {
                problem(Kind.MISSING_DEPENDENCY, List.of(revision.id(), dependency), "Dependency " + dependency
                        + " referenced from " + revision.id() + " is not present (no revision id or branch label"
                        + " by that name)");
            } else if (target == node) {
                selfLoop = true;
            } else if (indexOf(resolved, size, target) < 0) {
                resolved[size++] = target;
            }
        }
        if (selfLoop) {
            problem(Kind.DEPENDENCY_SELF_LOOP, List.of(revision.id()),
                    "Dependency self-loop is detected in revisions (" + revision.id() + ")");
        }
        return Arrays.copyOf(resolved, size);
    }

    /**
     * Drops each dependency that a strict versioned ancestor already declares. For every dependency target,
     * one pass marks everything strictly below the revisions that declare it.
     */
    private int[][] normalize(int[][] dependencies, int[][] children) {
        int n = dependencies.length;
        Map<Integer, List<Integer>> declarers = new LinkedHashMap<>();
        for (int node = 0; node < n; node++) {
            for (int target : dependencies[node]) {
                declarers.computeIfAbsent(target, t -> new ArrayList<>()).add(node);
            }
        }
        Map<Integer, BitSet> redundant = new HashMap<>();
        declarers.forEach((target, nodes) -> {
            if (nodes.size() == 1) {
                redundant.put(target, new BitSet());
                return;
            }
            List<Integer> starts = new ArrayList<>();
            nodes.forEach(node -> starts.addAll(GraphIndex.list(children[node])));
            redundant.put(target, Traversal.reach(children, n, starts));
        });
        int[][] normalized = new int[n][];
        for (int node = 0; node < n; node++) {
            int[] kept = new int[dependencies[node].length];
            int size = 0;
            for (int target : dependencies[node]) {
                if (!redundant.get(target).get(node)) {
                    kept[size++] = target;
                }
            }
            normalized[node] = Arrays.copyOf(kept, size);
        }
        return normalized;
    }

    private BitSet[] declaredLabels() {
        List<String> names = new ArrayList<>(labelOwners.keySet());
        BitSet[] labels = new BitSet[revisions.size()];
        for (int node = 0; node < labels.length; node++) {
            labels[node] = new BitSet();
        }
        for (int number = 0; number < names.size(); number++) {
            labels[labelOwners.get(names.get(number))].set(number);
        }
        return labels;
    }

    private static int[] union(int[] first, int[] second) {
        int[] result = Arrays.copyOf(first, first.length + second.length);
        int size = first.length;
        for (int node : second) {
            if (indexOf(result, size, node) < 0) {
                result[size++] = node;
            }
        }
        return size == result.length ? result : Arrays.copyOf(result, size);
    }

    private static int indexOf(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
