package dev.retort.jpa.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kind of pet. */
@Entity
@Table(name = "types")
public class PetType extends NamedEntity {
}
