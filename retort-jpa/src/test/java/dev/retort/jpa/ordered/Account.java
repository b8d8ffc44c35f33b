package dev.retort.jpa.ordered;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An entity with an index on a column in descending order. */
@Entity
@Table(name = "account", indexes = @Index(name = "ix_account_created_desc", columnList = "created desc"))
public class Account {
    @Id
    private Long id;

    private LocalDate created;
}
