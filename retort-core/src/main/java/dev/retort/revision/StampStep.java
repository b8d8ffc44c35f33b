package dev.retort.revision;

import java.util.List;

/**
 * Moving the version table without running revisions, as {@link RevisionGraph#stampSteps} plans it:
 * from the rows {@code from} (none for a new branch) to {@code to} (none when stamping to base).
 * {@code branchMove} marks a step that creates or deletes a whole branch row.
 */
public record StampStep(List<String> from, List<String> to, boolean upgrade, boolean branchMove)
        implements VersionStep {

    public StampStep {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public boolean isUpgrade() {
        return upgrade;
    }

    @Override
    public List<String> fromRevisions() {
        return from;
    }

    @Override
    public List<String> toRevisions() {
        return to;
    }

    @Override
    public String shortLog() {
        return "stamp_revision " + String.join(", ", from) + " -> " + String.join(", ", to);
    }
}
