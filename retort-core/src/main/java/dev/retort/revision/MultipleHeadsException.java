package dev.retort.revision;

import java.util.List;

/**
 * A symbol that should name one revision ({@code head}, {@code label@head}, a single target) matches
 * several heads.
 */
public final class MultipleHeadsException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String argument;
    private final List<String> heads;

    private MultipleHeadsException(String message, String argument, List<String> heads) {
        super(message + " (heads: " + String.join(", ", heads) + ")");
        this.argument = argument;
        this.heads = List.copyOf(heads);
    }

    static MultipleHeadsException forArgument(String argument, List<String> heads) {
        return new MultipleHeadsException("Multiple head revisions are present for given argument '" + argument
                + "'; please specify a specific target revision, '<branchname>@" + argument
                + "' to narrow to a specific head, or 'heads' for all heads", argument, heads);
    }

    static MultipleHeadsException forStamp(String argument, List<String> heads) {
        return new MultipleHeadsException(
                "Multiple heads are present; please specify a single target revision", argument, heads);
    }

    /** The same error, reported against the symbol the user passed rather than the inner one. */
    MultipleHeadsException withArgument(String userArgument) {
        return userArgument == null || userArgument.equals(argument) ? this : forArgument(userArgument, heads);
    }

    /** The symbol as given, such as {@code head} or {@code feature@head}. */
    public String argument() {
        return argument;
    }

    /** The heads the symbol matched, in load order. */
    public List<String> heads() {
        return heads;
    }
}
