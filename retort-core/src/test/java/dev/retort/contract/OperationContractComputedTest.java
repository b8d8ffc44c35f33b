package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Operations;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.Computed;
import dev.retort.schema.Table;

/**
 * Computed (generated) columns on every database: the database fills them in from the expression, they
 * are added and dropped again, and a SQLite rebuild of their table keeps them.
 */
class OperationContractComputedTest {

    private static Table line(Computed total) {
        return table("line", column("id", INTEGER).primaryKey().autoincrement(false), column("price", INTEGER),
                column("quantity", INTEGER), column("total", INTEGER).computed(total));
    }

    private static void insertRows(Operations op) {
        op.execute("INSERT INTO line (id, price, quantity) VALUES (1, 3, 2)");
        op.execute("INSERT INTO line (id, price, quantity) VALUES (2, 5, 4)");
    }

    @OnEveryDatabase
    void createsATableWithAStoredComputedColumnTheDatabaseFillsIn(ContractDatabase db) {
        db.roundTrip(
                op -> {
                    op.createTable(line(Computed.stored("price * quantity")));
                    insertRows(op);
                },
                op -> op.dropTable("line"),
                after -> {
                    assertThat(after.table("line").columnNames()).containsExactly("id", "price", "quantity", "total");
                    assertThat(db.query("SELECT total FROM line ORDER BY id").column("total"))
                            .containsExactly("6", "20");
                });
    }

    @OnEveryDatabase
    void createsAVirtualComputedColumnWhereTheDatabaseHasThem(ContractDatabase db) {
        if (db.kind().equals("postgresql")) {
            assertThatThrownBy(() -> db.apply(op -> op.createTable(line(Computed.virtual("price * quantity")))))
                    .isInstanceOf(UnsupportedOperationForDialectException.class)
                    .hasMessageContaining("Column total is computed VIRTUAL");
            return;
        }
        db.apply(op -> {
            op.createTable(line(Computed.virtual("price * quantity")));
            insertRows(op);
        });
        db.apply(op -> op.execute("UPDATE line SET quantity = 10 WHERE id = 1"));
        assertThat(db.query("SELECT total FROM line ORDER BY id").column("total")).containsExactly("30", "20");
    }

    @OnEveryDatabase
    void addsAStoredComputedColumnToATableWithRowsAndDropsItAgain(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("line", column("id", INTEGER).primaryKey().autoincrement(false),
                    column("price", INTEGER), column("quantity", INTEGER)));
            insertRows(op);
        });
        db.roundTrip(
                op -> op.batchAlterTable("line", batch -> batch.addColumn(column("total", INTEGER)
                        .computed("price * quantity"))),
                op -> op.batchAlterTable("line", batch -> batch.dropColumn("total")),
                after -> {
                    assertThat(after.table("line").columnNames()).containsExactly("id", "price", "quantity", "total");
                    assertThat(db.query("SELECT total FROM line ORDER BY id").column("total"))
                            .containsExactly("6", "20");
                });
        assertThat(db.query("SELECT price FROM line ORDER BY id").column("price")).containsExactly("3", "5");
    }

    @OnEveryDatabase
    void rebuildingATableKeepsItsComputedColumnAndCopiesTheOtherColumns(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(line(Computed.stored("price * quantity")));
            insertRows(op);
        });
        boolean rebuildsTables = !db.capabilities().alterConstraints();
        db.apply(op -> op.batchAlterTable("line", batch -> {
            if (rebuildsTables) {
                batch.recreateAlways(); // elsewhere the batch alters the table in place, and refuses this
            }
            batch.addColumn(column("note", INTEGER));
        }));
        assertThat(db.query("SELECT id, total FROM line ORDER BY id").column("total")).containsExactly("6", "20");
        db.apply(op -> op.execute("INSERT INTO line (id, price, quantity) VALUES (3, 7, 1)"));
        assertThat(db.query("SELECT total FROM line WHERE id = 3").column("total")).containsExactly("7");
    }
}
