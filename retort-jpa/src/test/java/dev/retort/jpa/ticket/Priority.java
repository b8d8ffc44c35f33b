package dev.retort.jpa.ticket;

/** Declared out of alphabetical order, to see the order Hibernate gives the labels. */
public enum Priority {
    LOW, MEDIUM, HIGH, URGENT
}
