package dev.retort.jpa;

import dev.retort.jpa.shop.CardPayment;
import dev.retort.jpa.shop.Category;
import dev.retort.jpa.shop.CreditNote;
import dev.retort.jpa.shop.Customer;
import dev.retort.jpa.shop.Document;
import dev.retort.jpa.shop.FreightShipment;
import dev.retort.jpa.shop.Invoice;
import dev.retort.jpa.shop.ParcelShipment;
import dev.retort.jpa.shop.Payment;
import dev.retort.jpa.shop.Product;
import dev.retort.jpa.shop.PurchaseOrder;
import dev.retort.jpa.shop.Shipment;
import dev.retort.jpa.shop.TransferPayment;
import java.util.List;

/** The test model: the entities of {@code dev.retort.jpa.shop}. */
final class ShopModel {
    static final String PACKAGE = "dev.retort.jpa.shop";

    static final List<Class<?>> CLASSES = List.of(Customer.class, PurchaseOrder.class, Category.class, Product.class,
            Payment.class, CardPayment.class, TransferPayment.class, Shipment.class, ParcelShipment.class,
            FreightShipment.class, Document.class, Invoice.class, CreditNote.class);

    private ShopModel() {
    }

    /** The shop's package, scanned on the test class path. */
    static JpaModelSource source() {
        return JpaModelSource.packages(List.of(), PACKAGE);
    }
}
