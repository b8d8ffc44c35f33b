package dev.retort.revision;

import java.util.List;

/**
 * One step that moves the version table: running a revision ({@link MigrationStep}) or stamping
 * without running anything ({@link StampStep}). {@link VersionHeads#apply(VersionStep)} computes the
 * rows it leaves and the statements that get there.
 */
public sealed interface VersionStep permits MigrationStep, StampStep {

    /** Whether the step moves towards the heads. */
    boolean isUpgrade();

    /** The revisions left behind, as the {@code Running ...} log line shows them. */
    List<String> fromRevisions();

    /** The revisions reached, as the {@code Running ...} log line shows them. */
    List<String> toRevisions();

    /** Alembic's log form without the message: {@code upgrade a, b -> c} ({@code upgrade  -> a} from base). */
    String shortLog();
}
