package dev.retort.schema;

import java.util.Objects;

/**
 * Where a column goes relative to another when a table is rebuilt in batch mode (Alembic's
 * {@code insert_before}/{@code insert_after}).
 */
public record ColumnPosition(Placement placement, String column) {

    /** Before or after the other column. */
    public enum Placement { BEFORE, AFTER }

    public ColumnPosition {
        Objects.requireNonNull(placement, "placement");
        Names.require(column, "column to place against");
    }

    /** Just before {@code column}. */
    public static ColumnPosition before(String column) {
        return new ColumnPosition(Placement.BEFORE, column);
    }

    /** Just after {@code column}. */
    public static ColumnPosition after(String column) {
        return new ColumnPosition(Placement.AFTER, column);
    }
}
