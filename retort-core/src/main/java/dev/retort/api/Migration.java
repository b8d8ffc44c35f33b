package dev.retort.api;

/**
 * A Java revision: one top-level class per revision file, annotated with {@link Revision}, whose
 * {@code upgrade} moves the schema forward and whose {@code downgrade} moves it back. Either may declare
 * the checked exceptions of the code it runs ({@code throws SQLException} for work on
 * {@link Operations#connection()}); any exception fails the revision, as a failed statement does.
 */
public interface Migration {

    void upgrade(Operations op) throws Exception;

    void downgrade(Operations op) throws Exception;
}
