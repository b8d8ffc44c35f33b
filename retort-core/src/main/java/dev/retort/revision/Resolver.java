package dev.retort.revision;

import static dev.retort.revision.GraphIndex.BASE;
import static dev.retort.revision.GraphIndex.NONE;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Alembic's identifier grammar over a {@link GraphIndex}: exact ids and branch labels, prefixes,
 * {@code head}, {@code heads}, {@code base}, {@code label@symbol}, {@code -N} from the heads, and the
 * one-step walks that relative symbols are built from. Results are node numbers, {@link GraphIndex#BASE}
 * or {@link GraphIndex#NONE}.
 */
final class Resolver {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MIN_PREFIX_KEY = 4;

    private final GraphIndex graph;
    private final Traversal traversal;
    /** Ids and labels sorted for prefix lookups; built on first use. */
    private volatile TreeMap<String, Integer> keys;

    /** A symbol split into the ids it stands for and the branch it is qualified with. */
    record Parsed(List<String> ids, String branch) {
    }

    Resolver(GraphIndex graph, Traversal traversal) {
        this.graph = graph;
        this.traversal = traversal;
    }

    private TreeMap<String, Integer> keys() {
        TreeMap<String, Integer> sorted = keys;
        if (sorted == null) {
            sorted = new TreeMap<>(graph.ids);
            sorted.putAll(graph.labelOwners);
            keys = sorted;
        }
        return sorted;
    }

    /**
     * Alembic's {@code _resolve_revision_number}. An empty symbol, or an empty part after the {@code @}, is
     * refused rather than read as base; {@code null} (no symbol at all) means base.
     */
    Parsed parse(String symbol) {
        if (symbol != null) {
            EmptySymbolException.check(symbol);
        }
        String branch = null;
        String id = symbol;
        if (symbol != null && symbol.contains("@")) {
            int at = symbol.indexOf('@');
            branch = at == 0 ? null : symbol.substring(0, at);
            id = symbol.substring(at + 1);
        }
        if ("heads".equals(id)) {
            List<Integer> heads = branch == null ? GraphIndex.list(graph.realHeads)
                    : filterForLineage(GraphIndex.list(graph.heads), branch, false);
            return new Parsed(graph.idsOf(heads), branch);
        }
        if ("head".equals(id)) {
            int head = currentHead(branch);
            return new Parsed(head == NONE ? List.of() : List.of(graph.id(head)), branch);
        }
        if (id == null || "base".equals(id)) {
            return new Parsed(List.of(), branch);
        }
        return new Parsed(List.of(id), branch);
    }

    /** Alembic's {@code get_revisions} for one symbol; {@code -N} walks down from the real heads. */
    List<Integer> revisions(String symbol) {
        Parsed parsed = parse(symbol);
        if (parsed.ids().isEmpty() && parsed.branch() != null) {
            branch(parsed.branch());
        }
        if (parsed.ids().size() == 1) {
            Integer steps = integer(parsed.ids().get(0));
            if (steps != null && steps < 0) {
                List<Integer> result = new ArrayList<>();
                for (int head : headsOnBranch(parsed.branch())) {
                    result.add(step(head, steps, null, true));
                }
                return result;
            }
        }
        List<Integer> result = new ArrayList<>();
        for (String id : parsed.ids()) {
            result.add(ident(id, parsed.branch()));
        }
        return result;
    }

    /** {@code get_revisions} over several symbols, concatenated. */
    List<Integer> revisions(List<String> symbols) {
        List<Integer> result = new ArrayList<>();
        symbols.forEach(symbol -> result.addAll(revisions(symbol)));
        return result;
    }

    /** Alembic's {@code get_revision}: one node, or {@link GraphIndex#NONE} for base. */
    int revision(String symbol) {
        Parsed parsed = parse(symbol);
        if (parsed.ids().size() > 1) {
            throw MultipleHeadsException.forArgument(symbol, parsed.ids());
        }
        if (parsed.ids().isEmpty()) {
            if (parsed.branch() != null) {
                branch(parsed.branch());
            }
            return NONE;
        }
        return ident(parsed.ids().get(0), parsed.branch());
    }

    /** Alembic's {@code _revision_for_ident}: exact id or label, else a prefix (any length) of one id or label. */
    int ident(String key, String branch) {
        int branchNode = branch == null ? -1 : branch(branch);
        int node = graph.exact(key);
        if (node < 0) {
            node = prefix(key, branch);
        }
        if (branch != null && !traversal.lineage(List.of(branchNode), false).get(node)) {
            throw new NotInBranchException(graph.id(node), branch);
        }
        return node;
    }

    /** Alembic's {@code _resolve_branch}: a label, else any revision identifier. */
    int branch(String label) {
        int node = graph.exact(label);
        if (node >= 0) {
            return node;
        }
        try {
            return ident(label, null);
        } catch (UnknownRevisionException e) {
            throw new UnknownRevisionException(label, true, Suggestions.closest(graph, label));
        }
    }

    /** Alembic's {@code filter_for_lineage}: the targets on a line with {@code checkAgainst}. */
    List<Integer> filterForLineage(List<Integer> targets, String checkAgainst, boolean includeDependencies) {
        Parsed parsed = parse(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (parsed.branch() != null) {
            shares.add(parsed.branch());
        }
        shares.addAll(parsed.ids());
        if (targets.isEmpty() || shares.isEmpty()) {
            return targets;
        }
        List<Integer> shareNodes = new ArrayList<>();
        shares.forEach(share -> shareNodes.add(ident(share, null)));
        BitSet lineage = traversal.lineage(shareNodes, includeDependencies);
        return targets.stream().filter(lineage::get).toList();
    }

    /** The single versioned head, of a branch when given; {@link GraphIndex#NONE} when there is none. */
    int currentHead(String branch) {
        List<Integer> heads = GraphIndex.list(graph.heads);
        if (branch != null) {
            heads = filterForLineage(heads, branch, false);
        }
        if (heads.size() > 1) {
            throw MultipleHeadsException.forArgument(branch == null ? "head" : branch + "@head", graph.idsOf(heads));
        }
        return heads.isEmpty() ? NONE : heads.get(0);
    }

    /**
     * Alembic's {@code _walk}: {@code steps} children up (filtered to a branch when given) or parents
     * down. Past the edge it returns {@link GraphIndex#NONE}, or with {@code noOverwalk} false the last
     * position reached; stepping down from a base gives {@link GraphIndex#BASE}.
     */
    int step(int start, int steps, String branch, boolean noOverwalk) {
        int current = start;
        for (long i = 0; i < Math.abs((long) steps); i++) {
            List<Integer> next = steps > 0 ? up(current, branch) : down(current);
            if (next.isEmpty()) {
                return noOverwalk ? NONE : current;
            }
            if (next.size() > 1) {
                throw ambiguousWalk(current, next, steps > 0);
            }
            current = next.get(0);
        }
        return current;
    }

    /** Alembic's {@code _get_all_current}: the tips of everything the rows imply. */
    List<Integer> allCurrent(List<Integer> rows) {
        BitSet applied = traversal.ancestors(rows);
        List<Integer> tips = new ArrayList<>();
        applied.stream().forEach(node -> {
            boolean tip = true;
            for (int child : graph.children[node]) {
                tip &= !applied.get(child);
            }
            if (tip) {
                tips.add(node);
            }
        });
        return tips;
    }

    /** Python {@code int()} of an identifier, clamped to the int range, or null when not an integer. */
    static Integer integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        return value.max(BigInteger.valueOf(-Integer.MAX_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE))
                .intValueExact();
    }

    private List<Integer> up(int current, String branch) {
        List<Integer> next = GraphIndex.list(current < 0 ? graph.bases : graph.children[current]);
        return branch == null ? next : filterForLineage(next, branch, false);
    }

    private List<Integer> down(int current) {
        if (current == BASE) {
            return List.of();
        }
        List<Integer> next = GraphIndex.list(current == NONE ? graph.heads : graph.parents[current]);
        return next.isEmpty() ? List.of(BASE) : next;
    }

    /**
     * The real heads a {@code branch@-N} walks from. Alembic keeps the heads carrying the label; a branch
     * that is a revision identifier rather than a label selects the heads on that revision's line.
     */
    private List<Integer> headsOnBranch(String branch) {
        List<Integer> heads = GraphIndex.list(graph.realHeads);
        if (branch == null) {
            return heads;
        }
        if (graph.labelOwners.containsKey(branch)) {
            return heads.stream().filter(head -> graph.hasLabel(head, branch)).toList();
        }
        BitSet lineage = traversal.lineage(List.of(branch(branch)), false);
        return heads.stream().filter(lineage::get).toList();
    }

    private int prefix(String key, String branch) {
        Map<Integer, String> matches = new LinkedHashMap<>();
        keys().subMap(key, true, key + Character.MAX_VALUE, true).forEach((candidate, node) -> {
            if (candidate.length() >= MIN_PREFIX_KEY && candidate.startsWith(key)) {
                matches.merge(node, candidate, (first, second) -> graph.ids.containsKey(first) ? first : second);
            }
        });
        List<Integer> nodes = new ArrayList<>(matches.keySet());
        if (branch != null) {
            List<Integer> onBranch = filterForLineage(nodes, branch, false);
            if (onBranch.isEmpty() && nodes.size() == 1) {
                throw new NotInBranchException(graph.id(nodes.get(0)), branch);
            }
            nodes = onBranch;
        }
        if (nodes.isEmpty()) {
            throw new UnknownRevisionException(key, false, Suggestions.closest(graph, key));
        }
        if (nodes.size() > 1) {
            throw new AmbiguousRevisionException(key, nodes.stream().map(matches::get).sorted().toList());
        }
        return nodes.get(0);
    }

    private RevisionStepException ambiguousWalk(int from, List<Integer> next, boolean upwards) {
        String choices = String.join(", ", graph.idsOf(next));
        if (from < 0) {
            return new RevisionStepException("Ambiguous walk: there are several " + (upwards ? "bases" : "heads")
                    + " (" + choices + "); use '<branchname>@" + (upwards ? "+N" : "-N") + "' or a revision id");
        }
        return new RevisionStepException("Ambiguous walk: " + graph.id(from) + (upwards ? " branches into "
                : " merges ") + choices + "; use '<branchname>@" + (upwards ? "+N" : "-N")
                + "' or a revision id");
    }
}
