package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address embedded in the tables of its owners. */
@Embeddable
public class Address {
    @Column(length = 120)
    private String street;

    @Column(length = 60)
    private String city;

    @Column(name = "postal_code", length = 10)
    private String postalCode;
}
