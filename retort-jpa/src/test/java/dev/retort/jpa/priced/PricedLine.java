package dev.retort.jpa.priced;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.GeneratedColumn;

/** An order line whose total the database computes from its price and quantity. */
@Entity
public class PricedLine {
    @Id
    private Long id;

    @Column(precision = 10, scale = 2)
    private BigDecimal price;

    private Integer quantity;

    @GeneratedColumn("price * quantity")
    @Column(precision = 12, scale = 2)
    private BigDecimal total;
}
