package dev.retort.revision;

import dev.retort.revision.RevisionGraphException.Kind;
import dev.retort.revision.RevisionGraphException.Problem;
import java.util.ArrayList;
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
        TreeSet<Character> illegal = new TreeSet<>();
        boolean whitespace = false;
        for (char c : id.toCharArray()) {
            if (ILLEGAL_ID_CHARS.indexOf(c) >= 0) {
                illegal.add(c);
            }
            whitespace |= Character.isWhitespace(c);
        }
        if (id.isEmpty()) {
            problem(Kind.ILLEGAL_ID, List.of(id), "A revision has an empty revision identifier");
        }
        if (!illegal.isEmpty()) {
            StringBuilder chars = new StringBuilder();
            illegal.forEach(c -> chars.append(chars.length() == 0 ? "" : ", ").append(c));
            problem(Kind.ILLEGAL_ID, List.of(id),
                    "Character(s) '" + chars + "' not allowed in revision identifier '" + id + "'");
        }
        if (whitespace) {
            problem(Kind.ILLEGAL_ID, List.of(id), "Whitespace not allowed in revision identifier '" + id + "'");
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
        List<Integer> resolved = new ArrayList<>();
        boolean selfLoop = false;
        for (String parent : revision.downRevisions()) {
            Integer target = ids.get(parent);
            if (parent.equals(revision.id())) {
                selfLoop = true;
            } else if (target == null) {
                problem(Kind.MISSING_PARENT, List.of(revision.id(), parent),
                        "Revision " + parent + " referenced from " + revision.id() + " is not present");
            } else if (resolved.contains(target)) {
                problem(Kind.DUPLICATE_PARENT, List.of(revision.id(), parent),
                        "Revision " + revision.id() + " lists parent " + parent + " more than once");
            } else {
                resolved.add(target);
            }
        }
        if (selfLoop) {
            problem(Kind.SELF_LOOP, List.of(revision.id()),
                    "Self-loop is detected in revisions (" + revision.id() + ")");
        }
        return resolved.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[] resolveDependencies(int node) {
        Revision revision = revisions.get(node);
        List<Integer> resolved = new ArrayList<>();
        boolean selfLoop = false;
        for (String dependency : revision.dependsOn()) {
            Integer target = ids.containsKey(dependency) ? ids.get(dependency) : labelOwners.get(dependency);
            if (target == null) {
                problem(Kind.MISSING_DEPENDENCY, List.of(revision.id(), dependency), "Dependency " + dependency
                        + " referenced from " + revision.id() + " is not present (no revision id or branch label"
                        + " by that name)");
            } else if (target == node) {
                selfLoop = true;
            } else if (!resolved.contains(target)) {
                resolved.add(target);
            }
        }
        if (selfLoop) {
            problem(Kind.DEPENDENCY_SELF_LOOP, List.of(revision.id()),
                    "Dependency self-loop is detected in revisions (" + revision.id() + ")");
        }
        return resolved.stream().mapToInt(Integer::intValue).toArray();
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
            List<Integer> starts = new ArrayList<>();
            nodes.forEach(node -> starts.addAll(GraphIndex.list(children[node])));
            redundant.put(target, Traversal.reach(children, n, starts));
        });
        int[][] normalized = new int[n][];
        for (int node = 0; node < n; node++) {
            final int declarer = node;
            normalized[node] = java.util.Arrays.stream(dependencies[node])
                    .filter(target -> !redundant.get(target).get(declarer)).toArray();
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
        return java.util.stream.IntStream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(second))
                .distinct().toArray();
    }
}
