package dev.retort.revision;

/** {@code branch@rev} where the revision is neither an ancestor nor a descendant of the branch. */
public final class NotInBranchException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String revision;
    private final String branch;

    NotInBranchException(String revision, String branch) {
        super("Revision " + revision + " is not a member of branch '" + branch + "'");
        this.revision = revision;
        this.branch = branch;
    }

    public String revision() {
        return revision;
    }

    public String branch() {
        return branch;
    }
}
