package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;

import dev.retort.api.Operations;
import dev.retort.api.Schema;
import dev.retort.schema.Table;
import java.util.List;

/** The tables contract tests start from, created through the operations like any other. */
final class ContractFixtures {

    private ContractFixtures() {}

    /** {@code account (id INTEGER PRIMARY KEY, name VARCHAR(50) NOT NULL)}. */
    static Table account() {
        return Schema.table("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull());
    }

    /** The account table with two rows, ada (1) and grace (2). */
    static void accountWithRows(Operations op) {
        op.createTable(account());
        op.bulkInsert("account", List.of(row("id", 1, "name", "ada"), row("id", 2, "name", "grace")));
    }
}
