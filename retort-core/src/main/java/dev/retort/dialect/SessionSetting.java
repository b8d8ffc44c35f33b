package dev.retort.dialect;

/**
 * A session setting that a statement sets and the database leaves as it is while a transaction is open, without
 * a word (SQLite's {@code PRAGMA foreign_keys = OFF}): the setting's name as written, the query that reads it, and
 * the value the statement asks for, as that query returns it.
 */
public record SessionSetting(String name, String query, String wanted) {}
