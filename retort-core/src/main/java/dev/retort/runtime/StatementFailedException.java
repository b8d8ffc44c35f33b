package dev.retort.runtime;

import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * A statement of a revision failed. Names the revision, where the statement was written (file and line
 * for SQL revisions), the database's message, and where part of the revision stays (on databases that
 * cannot roll back DDL, or after a part run outside the transaction), what was applied, what was rolled
 * back, and what the version table holds now.
 */
public final class StatementFailedException extends MigrationException {
    private static final long serialVersionUID = 1L;
    /** How many lines of the failing statement the message shows. */
    private static final int EXCERPT_LINES = 10;
    /** How many statements a long list shows from its start and from its end. */
    private static final int LISTED_FIRST = 20;
    private static final int LISTED_LAST = 5;
    /** How many characters of one line of a statement a message shows. */
    private static final int LINE_CHARACTERS = 300;
    /** The statement of a failure of Java code rather than of a statement. */
    static final String JAVA_CODE = "(Java code)";
    /** The location of a failed stamp step, which has no file. */
    static final String STAMP = "stamp";

    private final String revision;
    private final String location;
    private final String databaseMessage;
    private final List<String> applied;
    private final List<String> mayHaveCommitted;
    private final List<String> rolledBack;
    private final Optional<List<String>> versionRows;
    private final Aftermath aftermath;

    /** What a failed revision left behind. */
    public enum Aftermath {
        /** The transaction was rolled back: nothing of the revision remains. */
        ROLLED_BACK,
        /** The database committed part of the revision (its DDL commits by itself). */
        PARTLY_APPLIED,
        /**
         * Part of the revision ran outside a transaction ({@code op.autocommitBlock}, a SQL section marked
         * {@code transaction=false}) and stays; the rest was rolled back.
         */
        OUTSIDE_TRANSACTION,
        /** Offline: the script written so far stops in the revision. */
        SCRIPT_STOPPED,
        /**
         * On a database that cannot roll back schema changes, the revision failed before its first statement
         * (refused when compiled, or its code threw while recording) or at it, or after statements that only
         * set up the session: nothing of it was applied.
         */
        NOTHING_RAN
    }

    /**
     * {@code rolledBack} are the statements that ran after the last commit, which the rollback undid where
     * part of the revision stays; {@code mayHaveCommitted} those before them up to a statement that ran
     * statements of its own ({@code CALL}, {@code BEGIN NOT ATOMIC}), which may have committed them;
     * {@code connectionUsed} says whether the revision ran statements of its own
     * on {@code op.connection()}, which {@code applied} cannot list; {@code remedy} is what to do where part
     * of it was applied.
     */
    public StatementFailedException(String revision, String location, String databaseMessage, String statement,
            List<String> applied, List<String> mayHaveCommitted, List<String> rolledBack, boolean connectionUsed,
            Optional<List<String>> versionRows, Aftermath aftermath, String remedy, Throwable cause) {
        super(message(revision, location, databaseMessage, statement,
                new Statements(applied, mayHaveCommitted, rolledBack),
                connectionUsed, cause instanceof DatabaseError error && error.connectionLost(), versionRows,
                aftermath, remedy), cause);
        this.revision = revision;
        this.location = location;
        this.databaseMessage = databaseMessage;
        this.applied = List.copyOf(applied);
        this.mayHaveCommitted = List.copyOf(mayHaveCommitted);
        this.rolledBack = List.copyOf(rolledBack);
        this.versionRows = versionRows.map(List::copyOf);
        this.aftermath = aftermath;
    }

    /**
     * What ran of the revision: what stays applied, what may have been committed by statements retort does not
     * see, and what ran after the last commit and was rolled back.
     */
    private record Statements(List<String> applied, List<String> mayHaveCommitted, List<String> rolledBack) {}

    private static String message(String revision, String location, String databaseMessage, String statement,
            Statements ran, boolean connectionUsed, boolean connectionLost, Optional<List<String>> versionRows,
            Aftermath aftermath, String remedy) {
        // A stamp has no revision file: "Running stamp_revision a -> b failed: ...".
        StringBuilder text = new StringBuilder(location.equals(STAMP) ? "Running " + revision + " failed: "
                : "Revision " + revision + " failed at " + location + ": ")
                .append(databaseMessage.strip()).append("\n  statement: ").append(excerpt(statement));
        if (aftermath == Aftermath.SCRIPT_STOPPED) {
            text.append("\nThe script written is incomplete: it stops in this revision.");
        } else if (aftermath == Aftermath.ROLLED_BACK) {
            text.append("\nThe transaction was rolled back: the schema and the version table are as they were"
                    + " before it began.");
            versionRows.ifPresent(rows -> text.append(" The version table holds: ")
                    .append(rows.isEmpty() ? "no rows (base)" : String.join(", ", rows)).append("."));
            if (!remedy.isEmpty()) {
                text.append("\n").append(remedy);
            }
        } else if (aftermath == Aftermath.NOTHING_RAN) {
            text.append("\nNothing of revision ").append(revision).append(statement.equals(JAVA_CODE)
                    ? " ran: it failed before its first statement."
                    : ran.applied().isEmpty() ? " was applied: its first statement failed."
                    : " was applied: the statements before the one that failed only set up the session.");
            text.append(versionRows.map(rows -> "\nThe version table holds: "
                    + (rows.isEmpty() ? "no rows (base)" : String.join(", ", rows)))
                    .orElse("\nThe version table could not be read; run 'retort current' to see what it holds."));
        } else {
            text.append(aftermath == Aftermath.OUTSIDE_TRANSACTION
                    ? "\nPart of this revision ran outside a transaction (op.autocommitBlock, or a section marked"
                            + " transaction=false), which a rollback cannot undo; the rest of it was rolled back."
                            + " Applied from revision "
                    : "\nThis database cannot roll back schema changes. Applied from revision ")
                    .append(revision).append(connectionUsed ? ", as far as retort can tell: " : ": ");
            appendStatements(text, ran, connectionUsed);
            if (connectionUsed) {
                text.append("\nThe revision also used op.connection(); what it ran there is not listed, and may have"
                        + " committed more of the statements above than retort can tell.");
            }
            if (connectionLost) {
                text.append("\nThe connection was lost while the statement ran, so it may have been applied too.");
            }
            text.append(versionRows.map(rows -> "\nThe version table holds: "
                    + (rows.isEmpty() ? "no rows (base)" : String.join(", ", rows)))
                    .orElse("\nThe version table could not be read; run 'retort current' to see what it holds."));
            text.append("\n").append(remedy);
        }
        return text.toString();
    }

    private static void appendStatements(StringBuilder text, Statements ran, boolean connectionUsed) {
        text.append(ran.applied().isEmpty() ? "none of the statements retort sent"
                : ran.applied().size() + " statement(s):");
        appendFirstLines(text, ran.applied());
        if (!ran.mayHaveCommitted().isEmpty()) {
            text.append("\nMay have been committed, or rolled back: a CALL or a compound statement (BEGIN NOT"
                    + " ATOMIC) among them, or the one that failed, ran statements retort does not see, and a schema"
                    + " change there commits what ran before it; look in the database: ")
                    .append(ran.mayHaveCommitted().size()).append(" statement(s):");
            appendFirstLines(text, ran.mayHaveCommitted());
        }
        if (!ran.rolledBack().isEmpty()) {
            text.append(connectionUsed
                    ? "\nRolled back, as they ran after the last commit retort saw (unless what ran on op.connection()"
                            + " committed them): "
                    : "\nRolled back, as they ran after the last commit: ").append(ran.rolledBack().size())
                    .append(" statement(s):");
            appendFirstLines(text, ran.rolledBack());
        }
    }

    /** The first line of each statement; of a long list (a dump) the first and the last ones, the count between. */
    private static void appendFirstLines(StringBuilder text, List<String> statements) {
        int size = statements.size();
        for (int i = 0; i < size; i++) {
            if (size > LISTED_FIRST + LISTED_LAST && i == LISTED_FIRST) {
                text.append("\n    ... ").append(size - LISTED_FIRST - LISTED_LAST).append(" more ...");
                i = size - LISTED_LAST;
            }
            text.append("\n    ").append(shortened(firstLine(statements.get(i))));
        }
    }

    /** A line cut to {@value #LINE_CHARACTERS} characters: a statement of a dump may be megabytes long. */
    private static String shortened(String line) {
        return line.length() <= LINE_CHARACTERS ? line
                : line.substring(0, LINE_CHARACTERS) + " ... (" + line.length() + " characters)";
    }

    /** The failing statement whole, up to ten lines (what it names may be on the second), the others indented. */
    private static String excerpt(String sql) {
        List<String> lines = sql.strip().lines().toList();
        String shown = lines.subList(0, Math.min(lines.size(), EXCERPT_LINES)).stream()
                .map(StatementFailedException::shortened)
                .collect(Collectors.joining("\n    "));
        return lines.size() > EXCERPT_LINES ? shown + "\n    ..." : shown;
    }

    private static String firstLine(String sql) {
        String stripped = sql.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end) + " ...";
    }

    /** What the failure left behind. */
    public Aftermath aftermath() {
        return aftermath;
    }

    public String revision() {
        return revision;
    }

    /** {@code path:line} for SQL revisions, the file for Java revisions. */
    public String location() {
        return location;
    }

    public String databaseMessage() {
        return databaseMessage;
    }

    /**
     * The statements of the failing revision that had run before it failed; where part of the revision stays,
     * those that stay applied.
     */
    public List<String> applied() {
        return applied;
    }

    /**
     * Where part of the revision stays, the statements after those {@link #applied()} up to the last {@code CALL}
     * or compound statement ({@code BEGIN NOT ATOMIC}) that ran in the open transaction: what it ran may have
     * committed them, or not. Empty otherwise.
     */
    public List<String> mayHaveCommitted() {
        return mayHaveCommitted;
    }

    /**
     * Where part of the revision stays, the statements that ran after the last commit, which the rollback
     * after the failure undid; empty otherwise.
     */
    public List<String> rolledBack() {
        return rolledBack;
    }

    /** The version table's rows after the failure, where they could be read. */
    public Optional<List<String>> versionRows() {
        return versionRows;
    }
}
