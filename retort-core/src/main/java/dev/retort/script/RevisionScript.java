package dev.retort.script;

import dev.retort.revision.Revision;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One revision file as loaded: the graph node it declares, plus what is shown to users. Made by {@link
 * RevisionFileParser} and {@link ScriptDirectory}.
 *
 * @param revision the graph node: id, parents, branch labels, dependencies
 * @param message the message the revision was created with ({@code ""} when the file has none)
 * @param createDate the create date as written in the file ({@code ""} when the file has none)
 * @param path the file
 * @param format Java or SQL
 * @param docstring the text {@code show} prints: for both formats Alembic's docstring built from the
 *     metadata (see {@link #RevisionScript(Revision, String, String, Path, RevisionFormat)}), so that a SQL
 *     revision's header lines for branch labels and dependencies are not shown twice
 */
public record RevisionScript(
        Revision revision, String message, String createDate, Path path, RevisionFormat format, String docstring) {

    public RevisionScript {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createDate, "createDate");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(docstring, "docstring");
    }

    /**
     * A script whose docstring is Alembic's: the message ({@code empty message} if there is none), a
     * blank line, {@code Revision ID: x}, {@code Revises: a, b} (nothing after the colon's space for a
     * base) and {@code Create Date: ...}.
     */
    public RevisionScript(Revision revision, String message, String createDate, Path path, RevisionFormat format) {
        this(revision, message, createDate, path, format, alembicDocstring(revision, message, createDate));
    }

    public String id() {
        return revision.id();
    }

    /** The first paragraph of the docstring, as Alembic shows after {@code a -> b,} in {@code history}. */
    public String doc() {
        int blankLine = docstring.indexOf("\n\n");
        return blankLine < 0 ? docstring : docstring.substring(0, blankLine);
    }

    private static String alembicDocstring(Revision revision, String message, String createDate) {
        Objects.requireNonNull(revision, "revision");
        String shown = message == null || message.isEmpty() ? "empty message" : message;
        return (shown + "\n\nRevision ID: " + revision.id()
                + "\nRevises: " + String.join(", ", revision.downRevisions())
                + "\nCreate Date: " + createDate).strip();
    }
}
