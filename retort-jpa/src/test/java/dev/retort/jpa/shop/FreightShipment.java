package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Freight: its own table, the key column named by default. */
@Entity
public class FreightShipment extends Shipment {
    @Column(length = 11)
    private String containerNumber;
}
