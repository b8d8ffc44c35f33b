package dev.retort.runtime;

/** One statement of a SQL revision section and the line of the file it starts on. */
public record ScriptStatement(String sql, int line) {}
