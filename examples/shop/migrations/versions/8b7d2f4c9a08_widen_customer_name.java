import static dev.retort.api.Schema.*;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * widen customer name
 *
 * Revision ID: 8b7d2f4c9a08
 * Revises: 7a6c1e3b8f07
 * Create Date: 2026-11-22 10:10:00.000000
 */
@Revision(
        id = "8b7d2f4c9a08",
        revises = {"7a6c1e3b8f07"},
        message = "widen customer name",
        createDate = "2026-11-22 10:10:00.000000")
class WidenCustomerName_8b7d2f4c9a08 implements Migration {

    // A batch: SQLite rebuilds the table (move and copy, keeping its rows, keys and indexes);
    // the other databases run a plain ALTER.
    @Override
    public void upgrade(Operations op) {
        op.batchAlterTable("customer", batch -> batch.alterColumn("name",
                column -> column.type(string(200)).existingType(string(100)).existingNullable(false)));
    }

    @Override
    public void downgrade(Operations op) {
        op.batchAlterTable("customer", batch -> batch.alterColumn("name",
                column -> column.type(string(100)).existingType(string(200)).existingNullable(false)));
    }
}
