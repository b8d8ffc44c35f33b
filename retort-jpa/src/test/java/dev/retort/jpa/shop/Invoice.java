package dev.retort.jpa.shop;

import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** An invoice table with the document's columns and its own. */
@Entity
public class Invoice extends Document {
    private BigDecimal amountDue;
}
