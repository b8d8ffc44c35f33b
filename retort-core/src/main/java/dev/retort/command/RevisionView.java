package dev.retort.command;

import java.nio.file.Path;
import java.util.List;

/**
 * What the graph commands know about one revision, ready to show: its place in the graph, its labels
 * and its file. {@link AlembicFormat} renders it in Alembic's line and block formats.
 *
 * @param dependsOn the dependencies as the file declares them (labels kept), as Alembic shows them
 * @param branchLabels declared and propagated labels
 * @param head no versioned children (a head or an effective head)
 * @param realHead no children and nothing depends on it
 * @param children versioned children, for {@code Branches into:}
 * @param current whether the database is at this revision ({@code (current)}); false when unknown
 * @param docstring the message and the metadata lines, as Alembic's module docstring
 */
public record RevisionView(
        String id,
        List<String> downRevisions,
        List<String> dependsOn,
        List<String> branchLabels,
        boolean head,
        boolean realHead,
        boolean branchPoint,
        boolean mergePoint,
        List<String> children,
        boolean current,
        String docstring,
        Path path) {

    public RevisionView {
        downRevisions = List.copyOf(downRevisions);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        children = List.copyOf(children);
    }

    public RevisionView withCurrent(boolean isCurrent) {
        return new RevisionView(id, downRevisions, dependsOn, branchLabels, head, realHead, branchPoint,
                mergePoint, children, isCurrent, docstring, path);
    }

    /** The first paragraph of the docstring: what history lines show after the comma. */
    public String doc() {
        String stripped = docstring.strip();
        int paragraphEnd = stripped.indexOf("\n\n");
        return paragraphEnd < 0 ? stripped : stripped.substring(0, paragraphEnd);
    }
}
