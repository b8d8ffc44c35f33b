package dev.retort.revision;

import java.util.List;

/**
 * An identifier that names no revision and no branch label. The message suggests the closest known
 * identifiers, and asks for at least four characters when a short partial identifier matched nothing.
 */
public final class UnknownRevisionException extends RevisionException {
    private static final long serialVersionUID = 1L;

    private final String argument;
    private final boolean branch;
    private final List<String> suggestions;

    UnknownRevisionException(String argument, boolean branch, List<String> suggestions) {
        this(message(argument, branch, suggestions), argument, branch, suggestions);
    }

    private UnknownRevisionException(String message, String argument, boolean branch, List<String> suggestions) {
        super(message);
        this.argument = argument;
        this.branch = branch;
        this.suggestions = List.copyOf(suggestions);
    }

    /** A symbol that is valid but stands for no revision at all ({@code base}) where one is needed. */
    static UnknownRevisionException nothingIndicated(String symbol) {
        return new UnknownRevisionException("No revision is indicated by symbol '" + symbol
                + "'; it stands for the empty state below every base", String.valueOf(symbol), false, List.of());
    }

    /**
     * A version-table row that is not the id of a known revision. An empty row, or a branch label where
     * only ids are ever written, means the table was damaged by hand; an unknown id gets Alembic's message,
     * then where the id came from and what to do.
     *
     * @param labelOwner the revision declaring the row as a branch label, or null
     */
    static UnknownRevisionException versionRow(String row, String labelOwner, List<String> suggestions) {
        String repair = "; the table is damaged. Set it to the revision the database is really at with"
                + " 'stamp --purge REV'";
        if (row.isBlank()) {
            return new UnknownRevisionException("The version table holds an empty revision id ('" + row + "')"
                    + repair, row, false, List.of());
        }
        if (labelOwner != null) {
            return new UnknownRevisionException("The version table holds '" + row + "', the branch label of"
                    + " revision " + labelOwner + ", where only revision ids belong" + repair, row, false,
                    List.of(labelOwner));
        }
        StringBuilder message = new StringBuilder("Can't locate revision identified by '" + row + "'; the version"
                + " table holds it, but no revision file has that id (a file deleted or not checked out, or a"
                + " database migrated from another branch). Restore the file, or set the table to the revision"
                + " the database is really at with 'stamp --purge REV'");
        if (!suggestions.isEmpty()) {
            message.append("; closest matches: ").append(String.join(", ", suggestions));
        }
        return new UnknownRevisionException(message.toString(), row, false, suggestions);
    }

    /** The identifier as the user wrote it (for a branch, the part before {@code @}). */
    public String argument() {
        return argument;
    }

    /** Whether the identifier was used as a branch name ({@code branch@...}). */
    public boolean isBranch() {
        return branch;
    }

    /** Up to three known revision ids or branch labels closest to the argument. */
    public List<String> suggestions() {
        return suggestions;
    }

    private static String message(String argument, boolean branch, List<String> suggestions) {
        StringBuilder text = new StringBuilder(branch
                ? "No such branch: '" + argument + "'"
                : "Can't locate revision identified by '" + argument + "'");
        if (argument.length() < 4) {
            text.append("; please ensure at least four characters are present for partial revision"
                    + " identifier matches");
        }
        if (!suggestions.isEmpty()) {
            text.append("; closest matches: ").append(String.join(", ", suggestions));
        }
        return text.toString();
    }
}
