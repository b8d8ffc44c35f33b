package dev.retort.jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One line of an order, kept in the order's collection table. */
@Embeddable
public class OrderLine {
    @Column(nullable = false, length = 40)
    private String sku;

    private int quantity;

    @Column(name = "unit_price", precision = 10, scale = 2)
    private BigDecimal unitPrice;
}
