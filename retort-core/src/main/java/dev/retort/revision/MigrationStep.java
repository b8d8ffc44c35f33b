package dev.retort.revision;

import java.util.List;
import java.util.Objects;

/**
 * Running one revision's upgrade or downgrade. Produced in order by
 * {@link RevisionGraph#upgradeSteps} and {@link RevisionGraph#downgradeSteps}.
 */
public record MigrationStep(Revision revision, Direction direction) implements VersionStep {

    public MigrationStep {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }

    public static MigrationStep upgrade(Revision revision) {
        return new MigrationStep(revision, Direction.UPGRADE);
    }

    public static MigrationStep downgrade(Revision revision) {
        return new MigrationStep(revision, Direction.DOWNGRADE);
    }

    public String id() {
        return revision.id();
    }

    @Override
    public boolean isUpgrade() {
        return direction == Direction.UPGRADE;
    }

    /** Upgrade: the revision's parents (none for a base); downgrade: the revision itself. */
    @Override
    public List<String> fromRevisions() {
        return isUpgrade() ? revision.downRevisions() : List.of(revision.id());
    }

    /** Upgrade: the revision itself; downgrade: its parents (none for a base). */
    @Override
    public List<String> toRevisions() {
        return isUpgrade() ? List.of(revision.id()) : revision.downRevisions();
    }

    @Override
    public String shortLog() {
        return (isUpgrade() ? "upgrade " : "downgrade ") + String.join(", ", fromRevisions()) + " -> "
                + String.join(", ", toRevisions());
    }
}
