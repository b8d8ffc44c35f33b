package dev.retort.revision;

/**
 * A range or destination whose ends are not ancestor and descendant along one branch: a backwards
 * history range, or a downgrade to a revision that is not below the database.
 */
public final class RangeNotAncestorException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String lower;
    private final String upper;

    private RangeNotAncestorException(String message, String lower, String upper) {
        super(message);
        this.lower = lower;
        this.upper = upper;
    }

    static RangeNotAncestorException range(String lower, String upper) {
        return new RangeNotAncestorException("Requested range " + lower + ":" + upper
                + " does not refer to ancestor/descendant revisions along the same branch", lower, upper);
    }

    /** The same error with the reason the ends are not on one line. */
    RangeNotAncestorException because(String reason) {
        return new RangeNotAncestorException(getMessage() + " (" + reason + ")", lower, upper);
    }

    static RangeNotAncestorException downgrade(String current, String destination) {
        return new RangeNotAncestorException("Destination " + destination
                + " is not a valid downgrade target from current head(s) "
                + (current.isEmpty() ? "<base>" : current), destination, current);
    }

    /** The older end as given (the start of a range, or the downgrade destination). */
    public String lower() {
        return lower;
    }

    /** The newer end as given (the end of a range, or the upgrade destination). */
    public String upper() {
        return upper;
    }
}
