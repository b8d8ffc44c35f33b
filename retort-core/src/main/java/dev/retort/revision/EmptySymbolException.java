package dev.retort.revision;

/**
 * A revision argument with nothing to resolve: empty or blank, only {@code @}, or {@code label@} with
 * nothing after the {@code @}. Alembic fails on these with an internal assertion; reading them as
 * {@code base}, as a lenient parser would, would make {@code downgrade ""} revert everything. Check an
 * argument with {@link #check} before acting on it.
 */
public final class EmptySymbolException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String argument;

    private EmptySymbolException(String message, String argument) {
        super(message);
        this.argument = argument;
    }

    /**
     * Refuses a revision argument that names nothing. Anything else passes, to be resolved (or refused)
     * against the graph.
     */
    public static void check(String argument) {
        if (argument == null || argument.isBlank()) {
            throw new EmptySymbolException("Empty revision argument" + (argument == null || argument.isEmpty() ? ""
                    : " '" + argument + "'") + ": name a revision id, a branch label, or a symbol such as head,"
                    + " heads or base", String.valueOf(argument));
        }
        int at = argument.indexOf('@');
        if (at < 0 || !argument.substring(at + 1).isBlank()) {
            return;
        }
        String branch = argument.substring(0, at);
        if (branch.isBlank()) {
            throw new EmptySymbolException("Revision argument '" + argument + "' names nothing: write a branch"
                    + " label or revision before the '@' and a revision or symbol after it, e.g. 'mybranch@head'",
                    argument);
        }
        throw new EmptySymbolException("Revision argument '" + argument + "' has nothing after the '@': write '"
                + branch + "@head', '" + branch + "@heads', '" + branch + "@base' or '" + branch + "@<revision>'",
                argument);
    }

    /** The argument as given. */
    public String argument() {
        return argument;
    }
}
