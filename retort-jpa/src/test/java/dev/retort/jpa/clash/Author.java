package dev.retort.jpa.clash;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** An entity whose index has the name another table's index has. */
@Entity
@Table(name = "author", indexes = @Index(name = "ix_name", columnList = "name"))
public class Author {
    @Id
    private Long id;

    private String name;
}
