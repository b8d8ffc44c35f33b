package dev.retort.runtime;

import java.sql.Connection;
import java.util.Optional;

/**
 * Where the statements of a run go: executed over JDBC ({@link JdbcSink}) or written as a script
 * ({@link ScriptSink}). This is the only place where online and offline runs differ.
 */
public interface SqlSink {

    /** Runs or writes one statement; the number of rows it changed, or -1 when that is not known. */
    long execute(BoundSql statement);

    /**
     * Runs or writes a PostgreSQL {@code COPY ... FROM STDIN} with the rows it reads, given as the script
     * wrote them (each line with its break, without the closing {@code \.} line); the number of rows copied,
     * or -1 when that is not known.
     */
    long copyIn(String sql, String data);

    /** A comment for the reader of a script, such as {@code Running upgrade a -> b}; nothing online. */
    void comment(String text);

    void begin();

    void commit();

    /**
     * Commits the open transaction and goes on in a new one: online, one {@code COMMIT} without leaving
     * and re-entering autocommit between revisions; in a script, {@code COMMIT;} then {@code BEGIN;}.
     */
    void commitAndContinue();

    void rollback();

    /** Ends any open transaction so that what follows runs on its own (autocommit). */
    void suspendTransaction();

    /** Opens a transaction again after {@link #suspendTransaction()}, if one was open. */
    void resumeTransaction();

    /** Whether the statements reach a database (and so have row counts and can fail). */
    boolean isOnline();

    /** The connection the statements run on; none for a script. */
    default Optional<Connection> connection() {
        return Optional.empty();
    }
}
