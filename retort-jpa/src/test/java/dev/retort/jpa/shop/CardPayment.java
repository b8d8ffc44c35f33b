package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A card payment, a row of the payment table. */
@Entity
@DiscriminatorValue("card")
public class CardPayment extends Payment {
    @Column(length = 4)
    private String lastDigits;
}
