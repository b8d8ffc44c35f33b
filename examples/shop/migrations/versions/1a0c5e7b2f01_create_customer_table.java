import static dev.retort.api.Schema.*;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * create customer table
 *
 * Revision ID: 1a0c5e7b2f01
 * Revises:
 * Create Date: 2026-11-22 09:00:00.000000
 */
@Revision(
        id = "1a0c5e7b2f01",
        revises = {},
        message = "create customer table",
        createDate = "2026-11-22 09:00:00.000000")
class CreateCustomerTable_1a0c5e7b2f01 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("customer",
                column("id", INTEGER).primaryKey(),
                column("name", string(100)).notNull(),
                column("created_at", TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("customer");
    }
}
