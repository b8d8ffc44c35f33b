package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;

/** Documents: a whole table per concrete kind, keys from one shared sequence. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Document {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_ids")
    @SequenceGenerator(name = "document_ids", sequenceName = "document_seq", initialValue = 1000, allocationSize = 1)
    private Long id;

    @Column(nullable = false)
    private LocalDate issuedOn;
}
