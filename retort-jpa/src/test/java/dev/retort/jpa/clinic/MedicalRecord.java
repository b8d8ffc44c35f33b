package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.UUID;

/**
 * A medical record: an embedded two-column key whose first column is also the key of its pet, and columns
 * of the types applications commonly map: timestamps with and without zone, a legacy date, UUID, money,
 * floating point, bytes.
 */
@Entity
@Table(name = "medical_records")
public class MedicalRecord {
    @EmbeddedId
    private RecordKey key;

    @MapsId("petId")
    @ManyToOne
    @JoinColumn(name = "pet_id")
    private Pet pet;

    @Column(nullable = false)
    private Instant recordedAt;

    private LocalDateTime followUp;

    private OffsetDateTime reviewedAt;

    @Temporal(TemporalType.TIMESTAMP)
    private Date legacyStamp;

    private UUID token;

    @Column(precision = 8, scale = 2)
    private BigDecimal fee;

    private double weightKg;

    private float temperature;

    private short heartRate;

    private Long chipNumber;

    @Column(length = 4096)
    private byte[] attachment;
}
