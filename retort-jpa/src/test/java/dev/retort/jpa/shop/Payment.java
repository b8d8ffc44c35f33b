package dev.retort.jpa.shop;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.UUID;

/** Payments of every kind in one table, told apart by a discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Payment {
    @Id
    @GeneratedValue
    private UUID id;

    @ManyToOne
    private PurchaseOrder purchaseOrder;

    private BigDecimal amount;
}
