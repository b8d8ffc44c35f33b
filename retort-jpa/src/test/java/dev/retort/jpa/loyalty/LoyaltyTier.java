package dev.retort.jpa.loyalty;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

/** A tier keyed by a code, with a table comment, a column default and a named check. */
@Entity
@Table(comment = "Levels of the loyalty programme",
        check = @CheckConstraint(name = "ck_tier_points", constraint = "minimum_points >= 0"))
public class LoyaltyTier {
    @Id
    @Column(length = 10)
    private String tierCode;

    @ColumnDefault("0")
    @Column(comment = "Points needed to reach the tier")
    private int minimumPoints;
}
