package dev.retort.jpa.shop;

import jakarta.persistence.Entity;

/** A credit note table with the document's columns and its own. */
@Entity
public class CreditNote extends Document {
    private String reason;
}
