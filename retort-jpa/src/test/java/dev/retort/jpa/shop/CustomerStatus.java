package dev.retort.jpa.shop;

/** Stored by name. */
public enum CustomerStatus {
    ACTIVE, SUSPENDED, CLOSED
}
