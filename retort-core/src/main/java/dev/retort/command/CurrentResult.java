package dev.retort.command;

import java.util.List;
import java.util.Optional;

/**
 * What {@code current} found: the database (its URL without password), the version rows, and the
 * revisions they stand for (rows plus what they imply through dependencies, reduced to tips), and, where a run
 * left a revision half done (MySQL, MariaDB, H2), what it left and what to do.
 */
public record CurrentResult(String redactedUrl, List<String> rows, List<RevisionView> revisions,
        Optional<String> unfinished) {

    public CurrentResult {
        rows = List.copyOf(rows);
        revisions = List.copyOf(revisions);
    }
}
