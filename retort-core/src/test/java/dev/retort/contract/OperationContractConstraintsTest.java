package dev.retort.contract;

import static dev.retort.api.Schema.CASCADE;
import static dev.retort.api.Schema.CHECK;
import static dev.retort.api.Schema.FOREIGN_KEY;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.PRIMARY_KEY;
import static dev.retort.api.Schema.SET_NULL;
import static dev.retort.api.Schema.UNIQUE;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.contract.SchemaSnapshot.ForeignKeySnapshot;
import dev.retort.contract.SchemaSnapshot.KeySnapshot;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Column;
import java.util.List;

/** Constraints added to and dropped from existing tables, on every database that alters constraints. */
class OperationContractConstraintsTest {

    @OnEveryDatabase
    void addsAUniqueConstraintThatRefusesDuplicatesAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database alters constraints only in batch mode");
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(op -> op.createUniqueConstraint("uq_account_name", "account", "name"),
                op -> op.dropConstraint("uq_account_name", "account", UNIQUE),
                after -> {
                    assertThat(after.table("account").indexes()).anySatisfy(index -> {
                        assertThat(index.unique()).isTrue();
                        assertThat(index.elements()).containsExactly("name");
                    });
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            "ada"))))).isInstanceOf(DatabaseError.class);
                });
    }

    @OnEveryDatabase
    void addsAForeignKeyThatCascadesDeletesAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database alters constraints only in batch mode");
        db.apply(op -> {
            ContractFixtures.accountWithRows(op);
            // Indexed beforehand: MySQL would otherwise make an index for the key and keep it after the drop.
            op.createTable(table("orders", column("id", INTEGER).primaryKey(), column("account_id", INTEGER),
                    index("ix_orders_account_id", "account_id")));
            op.bulkInsert("orders", List.of(row("id", 10, "account_id", 1), row("id", 20, "account_id", 2)));
        });
        db.roundTrip(
                op -> op.createForeignKey("fk_orders_account", "orders", "account", List.of("account_id"),
                        List.of("id"), key -> key.onDelete(CASCADE)),
                op -> op.dropConstraint("fk_orders_account", "orders", FOREIGN_KEY),
                after -> {
                    assertThat(after.table("orders").foreignKeys()).containsExactly(new ForeignKeySnapshot(
                            "fk_orders_account", List.of("account_id"), "account", List.of("id"), "CASCADE"));
                    db.apply(op -> op.execute("DELETE FROM account WHERE id = 1"));
                    assertThat(db.query("SELECT id FROM orders").column("id")).containsExactly("20");
                });
    }

    @OnEveryDatabase
    void addsACompositeForeignKeyThatSetsNullOnDeleteAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database alters constraints only in batch mode");
        db.apply(op -> {
            op.createTable(table("shelf", column("room", INTEGER).notNull(), column("slot", INTEGER).notNull(),
                    primaryKey("pk_shelf", "room", "slot")));
            op.createTable(table("book", column("id", INTEGER).primaryKey(), column("room", INTEGER),
                    column("slot", INTEGER), index("ix_book_shelf", "room", "slot")));
            op.bulkInsert("shelf", List.of(row("room", 1, "slot", 2)));
            op.bulkInsert("book", List.of(row("id", 7, "room", 1, "slot", 2)));
        });
        db.roundTrip(
                op -> op.createForeignKey("fk_book_shelf", "book", "shelf", List.of("room", "slot"),
                        List.of("room", "slot"), key -> key.onDelete(SET_NULL)),
                op -> op.dropConstraint("fk_book_shelf", "book", FOREIGN_KEY),
                after -> {
                    assertThat(after.table("book").foreignKeys()).containsExactly(new ForeignKeySnapshot(
                            "fk_book_shelf", List.of("room", "slot"), "shelf", List.of("room", "slot"), "SET NULL"));
                    db.apply(op -> op.execute("DELETE FROM shelf"));
                    assertThat(db.query("SELECT room, slot FROM book").row(0).values()).containsOnlyNulls();
                });
    }

    @OnEveryDatabase
    void addsACheckConstraintThatRefusesBadRowsAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database alters constraints only in batch mode");
        db.assumeServerHas("ALTER TABLE ... DROP CHECK");
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(op -> op.createCheckConstraint("ck_account_name", "account", "name <> ''"),
                op -> op.dropConstraint("ck_account_name", "account", CHECK),
                after -> {
                    assertThat(after.table("account").checks()).containsExactly("ck_account_name");
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            ""))))).isInstanceOf(DatabaseError.class);
                });
        db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name", ""))));
    }

    @OnEveryDatabase
    void addsAPrimaryKeyToATableWithoutOneAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database alters constraints only in batch mode");
        db.apply(op -> op.createTable("tag", column("code", string(10)).notNull(), column("label", string(50))));
        db.roundTrip(op -> op.createPrimaryKey("pk_tag", "tag", "code"),
                op -> op.dropConstraint("pk_tag", "tag", PRIMARY_KEY),
                after -> assertThat(after.table("tag").primaryKey()).map(KeySnapshot::columns)
                        .contains(List.of("code")));
    }

    @OnEveryDatabase
    void refusesToAlterAConstraintInPlacePointingToBatchMode(ContractDatabase db) {
        assumeFalse(db.capabilities().alterConstraints(), "the database alters constraints in place");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        assertThatThrownBy(() -> db.apply(op -> op.createUniqueConstraint("uq_account_name", "account", "name")))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("batch mode");
    }

    @OnEveryDatabase
    void aColumnAddedWithAReferenceGetsItsForeignKeyAndIsDroppedWithIt(ContractDatabase db) {
        db.apply(op -> {
            ContractFixtures.accountWithRows(op);
            op.createTable("orders", column("id", INTEGER).primaryKey());
        });
        // Named, so that MySQL can drop the key before the column.
        Column accountId = column("account_id", INTEGER).references(foreignKey("fk_orders_account", List.of("account_id"), "account", List.of("id")));
        db.roundTrip(op -> op.addColumn("orders", accountId), op -> op.dropColumn("orders", accountId),
                after -> assertThat(after.table("orders").foreignKeys()).singleElement().satisfies(key -> {
                    assertThat(key.columns()).containsExactly("account_id");
                    assertThat(key.referredTable()).isEqualTo("account");
                }));
        db.apply(op -> op.addColumn("orders", accountId));
        db.apply(op -> op.batchAlterTable("orders", batch -> batch.dropConstraint("fk_orders_account", FOREIGN_KEY)));
        assertThat(db.snapshot().table("orders").foreignKeys()).isEmpty();
    }

    @OnEveryDatabase
    void aSelfReferencingForeignKeyHoldsThroughABatch(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("node", column("id", INTEGER).primaryKey(), column("parent_id", INTEGER),
                    column("label", string(10)).notNull(), index("ix_node_parent_id", "parent_id"),
                    foreignKey("fk_node_parent", List.of("parent_id"), "node", List.of("id"))));
            op.bulkInsert("node", List.of(row("id", 1, "label", "root"), row("id", 2, "parent_id", 1, "label", "leaf")));
        });
        db.roundTrip(
                op -> op.batchAlterTable("node", batch -> batch.alterColumn("label", alter -> alter.nullable(true)
                        .existingType(string(10)).existingNullable(false))),
                op -> op.batchAlterTable("node", batch -> batch.alterColumn("label", alter -> alter.nullable(false)
                        .existingType(string(10)).existingNullable(true))),
                after -> assertThat(after.table("node").foreignKeys()).singleElement()
                        .satisfies(key -> assertThat(key.referredTable()).isEqualTo("node")));
        assertThat(db.query("SELECT parent_id FROM node ORDER BY id").column("parent_id")).containsExactly(null, "1");
    }
}
