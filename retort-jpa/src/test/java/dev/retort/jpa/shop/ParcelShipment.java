package dev.retort.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A parcel: its own table whose key refers to the shipment's. */
@Entity
@PrimaryKeyJoinColumn(name = "shipment_id", foreignKey = @ForeignKey(name = "fk_parcel_shipment"))
public class ParcelShipment extends Shipment {
    private int weightGrams;
}
