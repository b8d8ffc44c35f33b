package dev.retort.dialect;

/**
 * Where a database puts nulls in an index column or sort that does not say: as the smallest values
 * ({@code LOW}: first ascending, last descending), as the largest ({@code HIGH}, PostgreSQL), or always
 * first or always last. The names are H2's {@code DEFAULT_NULL_ORDERING} values.
 */
public enum NullOrdering {
    LOW, HIGH, FIRST, LAST;

    /** Whether nulls come first in a column sorted in this direction that does not say where they go. */
    public boolean nullsFirst(boolean descending) {
        return switch (this) {
            case LOW -> !descending;
            case HIGH -> descending;
            case FIRST -> true;
            case LAST -> false;
        };
    }
}
