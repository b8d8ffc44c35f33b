package dev.retort.api;

import dev.retort.schema.Index;

/** Options of {@link Operations#dropIndex(String, String, java.util.function.Consumer)}. */
public interface IndexRemoval {

    /** Drops the index without locking the table (PostgreSQL {@code CONCURRENTLY}). */
    IndexRemoval concurrently();

    /** Drops the index only if it exists ({@code IF EXISTS}). */
    IndexRemoval ifExists();

    /** The definition of the index dropped, so that the drop can be reversed; it must have the same name. */
    IndexRemoval existing(Index index);
}
