package dev.retort.sql;

/** A 1-based line and column in a script. */
record Position(int line, int column) {
}
