package dev.retort.api;

/**
 * The operations a revision applies to the schema ({@code op} in a revision). Each call describes one
 * change; the runtime executes it on a live database or writes it to a SQL script.
 */
public interface Operations {

    /** Runs one SQL statement as written. */
    void execute(String sql);
}
