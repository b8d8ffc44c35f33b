package dev.retort.jpa.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A vet's specialty. */
@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
