package dev.retort.jpa.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The bill of a visit: a one-to-one key (unique), large objects, a JSON document, a duration, a zoned
 * timestamp and a nullable flag.
 */
@Entity
@Table(name = "bills")
public class Bill {
    @Id
    @GeneratedValue
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "visit_id", nullable = false, unique = true)
    private Visit visit;

    @Lob
    private String notes;

    @Lob
    private byte[] scan;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;

    private Duration duration;

    private ZonedDateTime issuedAt;

    private Boolean paid;
}
