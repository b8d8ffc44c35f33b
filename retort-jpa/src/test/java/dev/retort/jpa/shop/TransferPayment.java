package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A bank transfer, a row of the payment table. */
@Entity
@DiscriminatorValue("transfer")
public class TransferPayment extends Payment {
    @Column(length = 34)
    private String iban;
}
