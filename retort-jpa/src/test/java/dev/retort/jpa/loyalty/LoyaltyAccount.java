package dev.retort.jpa.loyalty;

import dev.retort.jpa.shop.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * An entity whose names are left to the naming strategies (camel case fields, an embedded address), with a
 * quoted column name and a foreign key that cascades deletes.
 */
@Entity
@Table(indexes = @Index(name = "ix_loyalty_opened", columnList = "openedOn"))
public class LoyaltyAccount {
    @Id
    private Long accountNumber;

    private int pointBalance;

    private LocalDate openedOn;

    @Column(name = "\"DisplayName\"", length = 50)
    private String displayName;

    @Embedded
    private Address homeAddress;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    private LoyaltyTier loyaltyTier;
}
