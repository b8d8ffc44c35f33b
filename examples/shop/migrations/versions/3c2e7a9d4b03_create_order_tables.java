import static dev.retort.api.Schema.*;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * create order tables
 *
 * Revision ID: 3c2e7a9d4b03
 * Revises: 2b1d6f8c3a02
 * Create Date: 2026-11-22 09:20:00.000000
 */
@Revision(
        id = "3c2e7a9d4b03",
        revises = {"2b1d6f8c3a02"},
        message = "create order tables",
        createDate = "2026-11-22 09:20:00.000000")
class CreateOrderTables_3c2e7a9d4b03 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("purchase_order",
                column("id", INTEGER).primaryKey(),
                column("customer_id", INTEGER).notNull().references("customer.id"),
                column("placed_at", TIMESTAMP).notNull());
        op.createTable("order_line",
                column("id", INTEGER).primaryKey(),
                column("order_id", INTEGER).notNull().references("purchase_order.id"),
                column("product_id", INTEGER).notNull().references("product.id"),
                column("quantity", INTEGER).notNull(),
                column("unit_price_cents", INTEGER).notNull());
        op.createIndex("ix_order_line_order_id", "order_line", "order_id");
    }

    @Override
    public void downgrade(Operations op) {
        // Dropping the table drops its index too (MySQL would refuse to drop an index a foreign key uses).
        op.dropTable("order_line");
        op.dropTable("purchase_order");
    }
}
