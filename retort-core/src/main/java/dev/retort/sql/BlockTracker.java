package dev.retort.sql;

/**
 * Follows the structure of the current statement to tell whether a {@code ;} ends it or belongs to a body
 * inside it (a PostgreSQL {@code BEGIN ATOMIC} body, a MySQL stored program, a SQLite trigger). One tracker
 * serves a whole script; {@link #reset()} starts it on the next statement.
 */
sealed interface BlockTracker permits PostgresBlocks, ProgramBlocks, NoBlocks {

    /** Sees each token of the statement but comments, in order, the {@code ;} and the end of the script included. */
    void accept(Token token);

    /** The outermost body or parenthesis still open after the tokens seen, or null when none is. */
    OpenBlock openBlock();

    void reset();

    /** A construct that must be closed before a {@code ;} can end the statement. */
    record OpenBlock(Token opener, String closer) {
    }
}
