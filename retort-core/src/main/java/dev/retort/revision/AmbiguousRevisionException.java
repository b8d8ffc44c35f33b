package dev.retort.revision;

import java.util.List;

/** A partial revision identifier that matches more than one revision. */
public final class AmbiguousRevisionException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String argument;
    private final List<String> candidates;

    AmbiguousRevisionException(String argument, List<String> candidates) {
        super("Multiple revisions start with '" + argument + "': " + String.join(", ", candidates)
                + "; please give more characters of the revision identifier");
        this.argument = argument;
        this.candidates = List.copyOf(candidates);
    }

    public String argument() {
        return argument;
    }

    /** Every revision id (or branch label) the argument is a prefix of, in alphabetical order. */
    public List<String> candidates() {
        return candidates;
    }
}
