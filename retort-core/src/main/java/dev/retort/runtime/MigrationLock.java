package dev.retort.runtime;

/**
 * The lock a migrating command holds for its whole run, so that two runs never migrate one database at
 * once. Tied to the session or the process, so it never outlives the process; {@link #close()} releases it.
 */
public interface MigrationLock extends AutoCloseable {

    /** A lock that keeps nobody out: for scripts, which touch no database. */
    MigrationLock NONE = () -> { };

    @Override
    void close();
}
