package dev.retort.jpa.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import java.time.OffsetDateTime;

/** Shipments: a table for what all share, one per kind joined on the key. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private OffsetDateTime dispatchedAt;
}
