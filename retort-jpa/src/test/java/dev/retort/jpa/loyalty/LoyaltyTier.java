package dev.retort.jpa.loyalty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;

/** A tier keyed by a code, with a table comment, a column default and a named check. */
@Entity
@Comment("Levels of the loyalty programme")
@Check(name = "ck_tier_points", constraints = "minimum_points >= 0")
public class LoyaltyTier {
    @Id
    @Column(length = 10)
    private String tierCode;

    @ColumnDefault("0")
    @Comment("Points needed to reach the tier")
    private int minimumPoints;
}
