package dev.retort.command;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Alembic's text formats for revisions, so that scripts and habits built on Alembic's output carry
 * over: the one-line form of {@code history}, {@code heads}, {@code branches} and {@code current}, and the
 * {@code Rev:} block of {@code show} and {@code -v}.
 */
public final class AlembicFormat {

    /** Which parts of the one-line form to include. */
    public record LineParts(boolean branches, boolean doc, boolean parents, boolean treeIndicators) {

        /** {@code history}: everything. */
        public static final LineParts HISTORY = new LineParts(true, true, true, true);
        /** {@code heads}: labels, no tree markers. */
        public static final LineParts HEADS = new LineParts(true, false, false, false);
        /** {@code branches}: labels and tree markers. */
        public static final LineParts BRANCHES = new LineParts(true, false, false, true);
        /** {@code current}: the id and its markers. */
        public static final LineParts CURRENT = new LineParts(false, false, false, true);

        public LineParts withDoc(boolean includeDoc) {
            return new LineParts(branches, includeDoc, parents, treeIndicators);
        }
    }

    private AlembicFormat() {}

    /** The one-line form, or the {@code Rev:} block when {@code verbose}. */
    public static String format(RevisionView revision, boolean verbose, LineParts parts) {
        return verbose ? logEntry(revision) : line(revision, parts);
    }

    /** {@code [parents[ (deps)] -> ]id[ (labels)][ (head)|(effective head)][ (current)][ (branchpoint)][ (mergepoint)][, doc]}. */
    public static String line(RevisionView revision, LineParts parts) {
        StringBuilder text = new StringBuilder();
        if (parts.parents()) {
            text.append(downRevisions(revision));
            if (!revision.dependsOn().isEmpty()) {
                text.append(" (").append(commaList(revision.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(revision.id());
        if (parts.branches() && !revision.branchLabels().isEmpty()) {
            text.append(" (").append(commaList(revision.branchLabels())).append(')');
        }
        if (revision.realHead()) {
            text.append(" (head)");
        } else if (revision.head()) {
            text.append(" (effective head)");
        }
        if (revision.current()) {
            text.append(" (current)");
        }
        if (parts.treeIndicators()) {
            appendTreeIndicators(text, revision);
        }
        if (parts.doc()) {
            text.append(", ").append(revision.doc());
        }
        return text.toString();
    }

    /** The {@code Rev:} block, ending with a newline (printed with one more, as Alembic does). */
    public static String logEntry(RevisionView revision) {
        StringBuilder entry = new StringBuilder("Rev: ").append(revision.id());
        if (revision.head()) {
            entry.append(" (head)");
        }
        appendTreeIndicators(entry, revision);
        if (revision.current()) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(revision.mergePoint() ? "Merges: " : "Parent: ").append(downRevisions(revision)).append('\n');
        if (!revision.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(commaList(revision.dependsOn())).append('\n');
        }
        if (revision.branchPoint()) {
            entry.append("Branches into: ").append(commaList(revision.children())).append('\n');
        }
        if (!revision.branchLabels().isEmpty()) {
            entry.append("Branch names: ").append(commaList(revision.branchLabels())).append('\n');
        }
        entry.append("Path: ").append(revision.path()).append('\n');
        entry.append('\n').append(indentedDocstring(revision.docstring())).append('\n');
        return entry.toString();
    }

    private static void appendTreeIndicators(StringBuilder text, RevisionView revision) {
        if (revision.branchPoint()) {
            text.append(" (branchpoint)");
        }
        if (revision.mergePoint()) {
            text.append(" (mergepoint)");
        }
    }

    private static String downRevisions(RevisionView revision) {
        return revision.downRevisions().isEmpty() ? "<base>" : commaList(revision.downRevisions());
    }

    private static String indentedDocstring(String docstring) {
        return docstring.strip().lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }

    static String commaList(List<String> values) {
        return String.join(", ", values);
    }
}
