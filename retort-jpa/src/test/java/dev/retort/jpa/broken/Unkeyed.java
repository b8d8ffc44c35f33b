package dev.retort.jpa.broken;

import jakarta.persistence.Entity;

/** An entity without an identifier, which Hibernate refuses. */
@Entity
public class Unkeyed {
    private String name;
}
