package dev.retort.api;

/**
 * A Java revision: one top-level class per revision file, annotated with {@link Revision}, whose
 * {@code upgrade} moves the schema forward and whose {@code downgrade} moves it back.
 */
public interface Migration {

    void upgrade(Operations op);

    void downgrade(Operations op);
}
