package dev.retort.dialect;

/**
 * How a migrating command keeps a second run off the same database for as long as it runs. Every
 * method is tied to the session or the process, so a lock never outlives the process that took it.
 */
public enum LockMethod {
    /** A session-level advisory lock ({@code pg_try_advisory_lock}), polled until the wait runs out. */
    ADVISORY_LOCK,
    /** A named server lock ({@code GET_LOCK(name, seconds)}, {@code RELEASE_LOCK}). */
    NAMED_LOCK,
    /** An operating-system lock on a file beside the database file, released by the OS with the process. */
    FILE_LOCK,
    /**
     * A lock inside this process, for embedded databases whose files one process opens at a time: the
     * database itself keeps other processes out, and a migrating run in another process waits for the
     * file to be free.
     */
    PROCESS_LOCK
}
