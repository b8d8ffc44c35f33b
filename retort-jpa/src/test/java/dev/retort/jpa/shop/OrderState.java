package dev.retort.jpa.shop;

/** Stored by ordinal. */
public enum OrderState {
    OPEN, PAID, SHIPPED, CANCELLED
}
