import static dev.retort.api.Schema.*;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * merge crm and inventory
 *
 * Revision ID: 6f5b0d2a7e06
 * Revises: 4d3f8b0e5c04, 5e4a9c1f6d05
 * Create Date: 2026-11-22 09:50:00.000000
 */
@Revision(
        id = "6f5b0d2a7e06",
        revises = {"4d3f8b0e5c04", "5e4a9c1f6d05"},
        message = "merge crm and inventory",
        createDate = "2026-11-22 09:50:00.000000")
class MergeCrmAndInventory_6f5b0d2a7e06 implements Migration {

    @Override
    public void upgrade(Operations op) {
    }

    @Override
    public void downgrade(Operations op) {
    }
}
