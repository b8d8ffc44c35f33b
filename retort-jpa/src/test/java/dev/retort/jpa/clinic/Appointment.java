package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.UniqueConstraint;

/** An appointment: ids from a table generator, an ordinal enum and a two-column unique key. */
@Entity
@Table(name = "appointments", uniqueConstraints = @UniqueConstraint(name = "uq_appointments_vet_slot",
        columnNames = {"vet_id", "slot"}))
public class Appointment {
    /** The appointment's state, stored as its ordinal. */
    public enum State { BOOKED, CONFIRMED, DONE, MISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "appointment_ids")
    @TableGenerator(name = "appointment_ids", table = "id_blocks", pkColumnName = "block_name",
            valueColumnName = "next_value", pkColumnValue = "appointments", allocationSize = 10)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vet_id", nullable = false)
    private Vet vet;

    @ManyToOne
    @JoinColumn(name = "pet_id")
    private Pet pet;

    @Column(nullable = false)
    private int slot;

    @Enumerated(EnumType.ORDINAL)
    private State state;
}
