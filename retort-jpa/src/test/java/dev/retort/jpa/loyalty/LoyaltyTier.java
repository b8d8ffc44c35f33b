package dev.retort.jpa.loyalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A tier keyed by a code. */
@Entity
public class LoyaltyTier {
    @Id
    @Column(length = 10)
    private String tierCode;

    private int minimumPoints;
}
