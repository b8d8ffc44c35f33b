package dev.retort.autogenerate.render;

import dev.retort.dialect.Dialect;
import dev.retort.op.Operation;
import java.util.List;

/**
 * Renders the operations autogenerate found into the bodies of a revision, as a careful person would
 * write them by hand: Java calls on {@code op} with the factories of {@code dev.retort.api.Schema}
 * ({@link #java}), or SQL statements of one database ({@link #sql}). The downgrade is the reverse of
 * each operation in reverse order; what cannot be reversed becomes a comment saying what to write by
 * hand. Changes that may lose data or fail on a filled table are marked with {@code REVIEW} comments and
 * returned as {@link ReviewNote}s.
 *
 * <p>Rendering is faithful: running the rendered upgrade against {@link dev.retort.op.RecordingOperations}
 * records operations equal to the ones rendered, except where a note says that the revision API cannot
 * say an option.
 */
public final class RevisionRenderer {
    /** The widest line of a body: 120 columns once the template indents it by 8. */
    static final int WIDTH = 112;

    private RevisionRenderer() {
    }

    /** The Java bodies of a revision whose upgrade runs {@code upgrade}. */
    public static RenderedRevision java(List<Operation> upgrade) {
        List<Operation> operations = List.copyOf(upgrade);
        JavaBodies bodies = new JavaBodies();
        String upgradeBody = JavaLayout.lines(bodies.upgrade(operations), WIDTH);
        String downgradeBody = JavaLayout.lines(bodies.downgrade(operations), WIDTH);
        return new RenderedRevision(upgradeBody, downgradeBody, bodies.imports(), bodies.notes());
    }

    /**
     * The SQL bodies of a revision whose upgrade runs {@code upgrade} on {@code dialect}: each statement
     * ends with {@code ;}, operations are separated by a blank line, notes are {@code -- REVIEW:} lines.
     */
    public static RenderedRevision sql(List<Operation> upgrade, Dialect dialect) {
        return new SqlBodies(dialect).render(List.copyOf(upgrade));
    }
}
