package dev.retort.jpa.clinic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ColumnDefault;

/** An owner: an optimistic-lock version, a map of phone numbers and an index on the last name. */
@Entity
@Table(name = "owners", indexes = @Index(name = "ix_owners_last_name", columnList = "last_name"))
public class Owner extends Person {
    @Column(nullable = false)
    private String address;

    private String city;

    @Column(length = 10)
    private String telephone;

    @Version
    private long version;

    @ColumnDefault("0")
    private int reminders;

    @ElementCollection
    @CollectionTable(name = "owner_phones", joinColumns = @JoinColumn(name = "owner_id"))
    @MapKeyColumn(name = "label", length = 20)
    @Column(name = "phone", length = 20)
    private Map<String, String> phones;

    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL)
    private List<Pet> pets;
}
