package dev.retort.jpa.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A visit: a column named after its field's SQL-reserved alias, a date and a time. */
@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    private LocalDate date;

    @Column(name = "visit_time")
    private LocalTime time;

    @Column(length = 500)
    private String description;
}
