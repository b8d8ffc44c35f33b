package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A person's names, shared by owners and vets. */
@MappedSuperclass
public class Person extends BaseEntity {
    @Column(name = "first_name", nullable = false, length = 30)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 30)
    private String lastName;
}
