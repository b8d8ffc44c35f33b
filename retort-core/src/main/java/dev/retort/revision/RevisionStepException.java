package dev.retort.revision;

/**
 * A relative step ({@code +N}, {@code -N}, {@code rev+N}, {@code label@-N}) that runs past a head or the
 * base or cannot choose between branches, or a requested set of revisions the version table cannot take.
 */
public final class RevisionStepException extends RevisionException {
    private static final long serialVersionUID = 1L;

    RevisionStepException(String message) {
        super(message);
    }
}
