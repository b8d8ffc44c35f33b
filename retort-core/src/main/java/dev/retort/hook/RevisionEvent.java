package dev.retort.hook;

import dev.retort.api.Operations;
import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision (or stamp) being run, as the callbacks of {@link EnvironmentHook} see it.
 *
 * @param revision the revision run, or empty for a stamp
 * @param fromRevisions the revisions left behind, as the {@code Running ...} line shows them
 * @param toRevisions the revisions reached
 * @param upgrade whether the step moves towards the heads
 * @param message the revision's message (empty for a stamp)
 * @param op operations that run with the step, in its transaction (written to the script with {@code --sql})
 * @param connection the database connection, empty with {@code --sql}; as {@code op.connection()}, it first
 *     runs the operations asked of {@code op} before, and refuses to commit, roll back, leave the transaction
 *     or close
 */
public record RevisionEvent(Optional<String> revision, List<String> fromRevisions, List<String> toRevisions,
        boolean upgrade, String message, Operations op, Optional<Connection> connection) {

    public RevisionEvent {
        Objects.requireNonNull(revision, "revision");
        fromRevisions = List.copyOf(fromRevisions);
        toRevisions = List.copyOf(toRevisions);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(connection, "connection");
    }

    /** Whether this is a stamp, which moves the version table without running a revision. */
    public boolean isStamp() {
        return revision.isEmpty();
    }
}
