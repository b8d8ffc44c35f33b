package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.NaturalId;

/** A vet: a natural id, a secondary table and specialties through a join table. */
@Entity
@Table(name = "vets")
@SecondaryTable(name = "vet_details", pkJoinColumns = @PrimaryKeyJoinColumn(name = "vet_id"))
public class Vet extends Person {
    @NaturalId
    @Column(name = "licence_number", length = 20)
    private String licenceNumber;

    @Column(table = "vet_details", length = 2000)
    private String biography;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
            inverseJoinColumns = @JoinColumn(name = "specialty_id"))
    private Set<Specialty> specialties;
}
