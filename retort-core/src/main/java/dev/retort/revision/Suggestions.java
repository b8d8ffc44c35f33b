package dev.retort.revision;

import dev.retort.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The known identifiers closest to one that matched nothing: by edit distance to the whole identifier
 * or, for four characters or more, to its start (people type the first characters of an id), ties broken
 * by load order.
 */
final class Suggestions {
    private static final int LIMIT = 3;
    /** Shorter queries are compared whole only: a typo in two characters of a prefix says little. */
    private static final int MIN_PREFIX = 4;

    private record Candidate(String key, int distance, int order) {
    }

    private Suggestions() {
    }

    static List<String> closest(GraphIndex graph, String query) {
        if (query.isEmpty()) {
            return List.of();
        }
        int threshold = Math.min(3, Math.max(1, query.length() / 4));
        List<Candidate> candidates = new ArrayList<>();
        int order = 0;
        List<String> keys = new ArrayList<>();
        graph.revisions.forEach(revision -> keys.add(revision.id()));
        keys.addAll(graph.labelNames);
        for (String key : keys) {
            int distance = EditDistance.between(query, key);
            if (query.length() >= MIN_PREFIX) {
                distance = Math.min(distance, EditDistance.between(query, key.substring(0, Math.min(key.length(), query.length()))));
            }
            if (distance <= threshold && distance < query.length()) {
                candidates.add(new Candidate(key, distance, order));
            }
            order++;
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparingInt(Candidate::order));
        return candidates.stream().limit(LIMIT).map(Candidate::key).toList();
    }
}
