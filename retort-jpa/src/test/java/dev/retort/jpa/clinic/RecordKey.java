package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** The two-column key of a medical record. */
@Embeddable
public class RecordKey implements Serializable {
    @Column(name = "pet_id")
    private Integer petId;

    @Column(name = "entry")
    private int entry;

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordKey key && java.util.Objects.equals(petId, key.petId) && entry == key.entry;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(petId, entry);
    }
}
