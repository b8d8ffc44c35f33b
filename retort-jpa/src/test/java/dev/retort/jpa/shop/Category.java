package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A category with an assigned integer key and a parent in the same table. */
@Entity
public class Category {
    @Id
    private Integer id;

    @Column(nullable = false, length = 80)
    private String name;

    @ManyToOne
    private Category parent;
}
