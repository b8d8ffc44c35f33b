package dev.retort.command;

import java.util.List;

/**
 * What {@code current} found: the database (its URL without password), the version rows, and the
 * revisions they stand for (rows plus what they imply through dependencies, reduced to tips).
 */
public record CurrentResult(String redactedUrl, List<String> rows, List<RevisionView> revisions) {

    public CurrentResult {
        rows = List.copyOf(rows);
        revisions = List.copyOf(revisions);
    }
}
