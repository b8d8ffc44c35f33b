package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A name, inherited through a second level of mapped superclasses. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {
    @Column(name = "name")
    private String name;
}
