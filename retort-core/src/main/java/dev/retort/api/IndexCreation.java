package dev.retort.api;

/** Options of {@link Operations#createIndex(String, dev.retort.schema.Index, java.util.function.Consumer)}. */
public interface IndexCreation {

    /** Builds the index without locking writes (PostgreSQL {@code CONCURRENTLY}); cannot run in a transaction. */
    IndexCreation concurrently();

    /** Creates the index only if none of that name exists ({@code IF NOT EXISTS}). */
    IndexCreation ifNotExists();
}
