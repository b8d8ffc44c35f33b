import static dev.retort.api.Schema.*;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * add customer email
 *
 * Revision ID: 4d3f8b0e5c04
 * Revises: 3c2e7a9d4b03
 * Create Date: 2026-11-22 09:30:00.000000
 */
@Revision(
        id = "4d3f8b0e5c04",
        revises = {"3c2e7a9d4b03"},
        branchLabels = {"crm"},
        message = "add customer email",
        createDate = "2026-11-22 09:30:00.000000")
class AddCustomerEmail_4d3f8b0e5c04 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("customer", column("email", string(200)));
        op.createIndex("ix_customer_email", "customer", "email");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("ix_customer_email", "customer");
        op.dropColumn("customer", "email");
    }
}
