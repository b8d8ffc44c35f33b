package dev.retort.revision;

/** Which way a migration step moves the database. */
public enum Direction {
    UPGRADE, DOWNGRADE
}
