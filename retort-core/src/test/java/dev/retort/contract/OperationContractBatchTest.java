package dev.retort.contract;

import static dev.retort.api.Schema.CASCADE;
import static dev.retort.api.Schema.CHECK;
import static dev.retort.api.Schema.FOREIGN_KEY;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.PRIMARY_KEY;
import static dev.retort.api.Schema.UNIQUE;
import static dev.retort.api.Schema.after;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.contract.SchemaSnapshot.ForeignKeySnapshot;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * Batch mode on every database: where the database cannot alter the table (SQLite) the batch rebuilds it
 * ("move and copy"), elsewhere its operations run as {@code ALTER}s. Either way the rows stay.
 */
class OperationContractBatchTest {

    @OnEveryDatabase
    void aBatchMakesAColumnNullableAndWiderKeepingItsRowsAndTheReverseBatchUndoesIt(ContractDatabase db) {
        db.apply(op -> {
            ContractFixtures.accountWithRows(op);
            op.createIndex("ix_account_name", "account", "name");
        });
        db.roundTrip(
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.nullable(true)
                        .type(string(100)).existingType(string(50)).existingNullable(false))),
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.nullable(false)
                        .type(string(50)).existingType(string(100)).existingNullable(true))),
                after -> {
                    assertThat(after.table("account").column("name").nullable()).isTrue();
                    assertThat(after.table("account").column("name").size()).isEqualTo(100);
                    assertThat(after.table("account").index("ix_account_name")).isPresent();
                    assertThat(names(db)).containsExactly("ada", "grace");
                });
        assertThat(names(db)).containsExactly("ada", "grace");
    }

    /** On SQLite the rename that ends a rebuild must not trip over a view that reads the table meanwhile. */
    @OnEveryDatabase
    void aBatchRebuildsATableThatAViewReadsAndTheViewReadsItAfterwards(ContractDatabase db) {
        db.apply(op -> {
            ContractFixtures.accountWithRows(op);
            op.execute("CREATE VIEW account_names AS SELECT id, name FROM account");
        });
        db.apply(op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.nullable(true)
                .existingType(string(50)).existingNullable(false))));

        assertThat(db.query("SELECT name FROM account_names ORDER BY id").column("name"))
                .containsExactly("ada", "grace");
        assertThat(db.snapshot().table("account").column("name").nullable()).isTrue();
        db.apply(op -> op.execute("DROP VIEW account_names"));
    }

    @OnEveryDatabase
    void aBatchChangesAServerDefaultKeepingTheRows(ContractDatabase db) {
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter
                        .serverDefault(literal("n/a")).existingType(string(50)).existingNullable(false))),
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter
                        .dropServerDefault().existingType(string(50)).existingNullable(false))),
                after -> assertThat(after.table("account").column("name").defaultValue()).hasValueSatisfying(
                        value -> assertThat(value).contains("n/a")));
        assertThat(names(db)).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void aBatchAddsAUniqueAndACheckConstraintThatHoldAndDropsThem(ContractDatabase db) {
        db.assumeServerHas("ALTER TABLE ... DROP CHECK");
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(
                op -> op.batchAlterTable("account", batch -> batch
                        .createUniqueConstraint("uq_account_name", "name")
                        .createCheckConstraint("ck_account_name", "name <> ''")),
                op -> op.batchAlterTable("account", batch -> batch
                        .dropConstraint("ck_account_name", CHECK)
                        .dropConstraint("uq_account_name", UNIQUE)),
                after -> {
                    assertThat(after.table("account").checks()).containsExactly("ck_account_name");
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            "ada"))))).isInstanceOf(DatabaseError.class);
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            ""))))).isInstanceOf(DatabaseError.class);
                    assertThat(names(db)).containsExactly("ada", "grace");
                });
        assertThat(names(db)).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void aBatchAddsAForeignKeyWithAnOnDeleteActionAndDropsIt(ContractDatabase db) {
        db.apply(op -> {
            ContractFixtures.accountWithRows(op);
            op.createTable(table("orders", column("id", INTEGER).primaryKey(), column("account_id", INTEGER),
                    index("ix_orders_account_id", "account_id")));
            op.bulkInsert("orders", List.of(row("id", 10, "account_id", 1), row("id", 20, "account_id", 2)));
        });
        db.roundTrip(
                op -> op.batchAlterTable("orders", batch -> batch.createForeignKey("fk_orders_account", "account",
                        List.of("account_id"), List.of("id"), key -> key.onDelete(CASCADE))),
                op -> op.batchAlterTable("orders", batch -> batch.dropConstraint("fk_orders_account", FOREIGN_KEY)),
                after -> assertThat(after.table("orders").foreignKeys()).containsExactly(new ForeignKeySnapshot(
                        "fk_orders_account", List.of("account_id"), "account", List.of("id"), "CASCADE")));
        assertThat(db.query("SELECT account_id FROM orders ORDER BY id").column("account_id"))
                .containsExactly("1", "2");
    }

    @OnEveryDatabase
    void aBatchDropsAColumnAndTheReverseBatchAddsItBack(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("person", column("id", INTEGER).primaryKey(), column("name", string(50)),
                    column("legacy", string(10))));
            op.bulkInsert("person", List.of(row("id", 1, "name", "ada", "legacy", "x")));
        });
        db.roundTrip(op -> op.batchAlterTable("person", batch -> batch.dropColumn("legacy")),
                op -> op.batchAlterTable("person", batch -> batch.addColumn(column("legacy", string(10)))),
                after -> assertThat(after.table("person").columnNames()).containsExactly("id", "name"));
        Map<String, String> row = db.query("SELECT name, legacy FROM person").row(0);
        assertThat(row.get("name")).isEqualTo("ada");
        assertThat(row.get("legacy")).isNull();
    }

    @OnEveryDatabase
    void aBatchKeepsPartialAndExpressionIndexesAndUniqueConstraintsOfTheTable(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                    unique("uq_account_name", "name")));
            if (db.capabilities().partialIndexes()) {
                op.createIndex("account", index("ix_account_live", "name").where("id > 1"));
            }
            if (db.capabilities().expressionIndexes() && db.serverHas("indexes on expressions")) {
                op.createIndex("account", index("ix_account_lower", sql("lower(name)")));
            }
            op.bulkInsert("account", List.of(row("id", 1, "name", "ada"), row("id", 2, "name", "grace")));
        });
        SchemaSnapshot before = db.snapshot();
        db.apply(op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.nullable(true)
                .existingType(string(50)).existingNullable(false))));
        assertThat(db.snapshot().table("account").indexes()).isEqualTo(before.table("account").indexes());
        assertThat(names(db)).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void aBatchKeepsAnEnumColumnToItsValues(ContractDatabase db) {
        Table person = table("person", column("id", INTEGER).primaryKey(),
                column("name", string(50)).notNull(), column("mood", enumType("mood", "happy",
                        "sad")));
        db.apply(op -> {
            op.createTable(person);
            op.bulkInsert("person", List.of(row("id", 1, "name", "ada", "mood", "happy")));
        });
        db.apply(op -> op.batchAlterTable("person", batch -> batch.alterColumn("name", alter -> alter.nullable(true)
                .existingType(string(50)).existingNullable(false))));
        assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("person", List.of(row("id", 2, "mood", "bored")))))
                .isInstanceOf(DatabaseError.class);
        assertThat(db.query("SELECT mood FROM person").column("mood")).containsExactly("happy");
    }

    @OnEveryDatabase
    void aBatchAddsAPrimaryKeyToATableWithoutOneKeepingItsRowsAndDropsIt(ContractDatabase db) {
        db.apply(op -> {
            op.createTable("tag", column("code", string(10)).notNull(), column("label", string(50)));
            op.bulkInsert("tag", List.of(row("code", "a", "label", "first"), row("code", "b", "label", null)));
        });
        db.roundTrip(op -> op.batchAlterTable("tag", batch -> batch.createPrimaryKey("pk_tag", "code")),
                op -> op.batchAlterTable("tag", batch -> batch.dropConstraint("pk_tag", PRIMARY_KEY)),
                after -> {
                    assertThat(after.table("tag").primaryKey()).map(SchemaSnapshot.KeySnapshot::columns)
                            .contains(List.of("code"));
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("tag", List.of(row("code", "a")))))
                            .isInstanceOf(DatabaseError.class);
                });
        assertThat(db.query("SELECT code, label FROM tag ORDER BY code").column("label")).containsExactly("first", null);
    }

    @OnEveryDatabase
    void aBatchRenamesAColumnThatAnIndexAndAUniqueConstraintUse(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                    unique("uq_account_name", "name"), index("ix_account_id_name", "id", "name")));
            op.bulkInsert("account", List.of(row("id", 1, "name", "ada")));
        });
        db.roundTrip(
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.rename("login")
                        .existingType(string(50)).existingNullable(false))),
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("login", alter -> alter.rename("name")
                        .existingType(string(50)).existingNullable(false))),
                after -> assertThat(after.table("account").index("ix_account_id_name")).hasValueSatisfying(
                        index -> assertThat(index.elements()).containsExactly("id", "login")));
        assertThat(names(db)).containsExactly("ada");
    }

    /** An unnamed check cannot be dropped by name, so the rebuilt table checks the column by its new name. */
    @OnEveryDatabase
    void aBatchRenamesAColumnThatAnUnnamedCheckUsesAndTheCheckHoldsOverTheNewName(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("account", column("id", INTEGER).primaryKey(), column("name", string(50)).notNull(),
                    check("length(name) > 2 AND name <> 'name'")));
            op.bulkInsert("account", List.of(row("id", 1, "name", "ada")));
        });
        db.roundTrip(
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("name", alter -> alter.rename("login")
                        .existingType(string(50)).existingNullable(false))),
                op -> op.batchAlterTable("account", batch -> batch.alterColumn("login", alter -> alter.rename("name")
                        .existingType(string(50)).existingNullable(false))),
                after -> {
                    assertThat(after.table("account").columnNames()).containsExactly("id", "login");
                    for (String refused : List.of("x", "name")) {
                        assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account",
                                List.of(row("id", 2, "login", refused))))).isInstanceOf(DatabaseError.class);
                    }
                    db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "login", "login"))));
                    db.apply(op -> op.execute("DELETE FROM account WHERE id = 3"));
                });
        assertThat(names(db)).containsExactly("ada");
    }

    @OnEveryDatabase
    void aBatchKeepsTheKeyNumberingAnAutoincrementColumnHad(ContractDatabase db) {
        db.apply(op -> {
            op.createTable("ticket", column("id", INTEGER).primaryKey().autoincrement(true),
                    column("title", string(50)).notNull());
            op.bulkInsert("ticket", List.of(row("title", "one"), row("title", "two")));
            op.execute("DELETE FROM ticket WHERE id = 2");
        });
        db.apply(op -> op.batchAlterTable("ticket", batch -> batch.alterColumn("title", alter -> alter.nullable(true)
                .existingType(string(50)).existingNullable(false))));
        db.apply(op -> op.bulkInsert("ticket", List.of(row("title", "three"))));
        // An autoincrement key never hands out a number again, even one whose row was deleted.
        assertThat(db.query("SELECT id FROM ticket ORDER BY id").column("id")).containsExactly("1", "3");
    }

    @OnEveryDatabase
    void aBatchKeepsTextInAnyScript(ContractDatabase db) {
        String text = "naïve 😀 日本語 \t tab";
        db.apply(op -> {
            op.createTable("note", column("id", INTEGER).primaryKey(), column("body", string(40)).notNull());
            op.bulkInsert("note", List.of(row("id", 1, "body", text)));
        });
        db.apply(op -> op.batchAlterTable("note", batch -> batch.alterColumn("body", alter -> alter.nullable(true)
                .existingType(string(40)).existingNullable(false))));
        assertThat(db.query("SELECT body FROM note").column("body")).containsExactly(text);
    }

    @OnEveryDatabase
    void aBatchThatOnlyARebuildCouldDoIsRefusedWhereTablesAreAlteredInPlaceBeforeTheRevisionRuns(ContractDatabase db) {
        assumeTrue(db.capabilities().alterConstraints(), "the database rebuilds tables in a batch");
        db.apply(ContractFixtures::accountWithRows);
        SchemaSnapshot before = db.snapshot();
        assertThatThrownBy(() -> db.apply(op -> {
            op.createTable("audit", column("id", INTEGER).primaryKey());
            op.batchAlterTable("account", batch -> batch.recreateAlways().addColumn(column("email", string(50))));
        })).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("asks to rebuild it (recreateAlways()), but only SQLite rebuilds tables");
        assertThatThrownBy(() -> db.apply(op -> {
            op.createTable("audit", column("id", INTEGER).primaryKey());
            op.batchAlterTable("account", batch -> batch.addColumn(column("email", string(50)), after("id")));
        })).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("Column email of table account cannot be placed after id");
        assertThatThrownBy(() -> db.apply(op -> op.batchAlterTable("account",
                batch -> batch.alterColumn("name", alter -> alter.insertBefore("id")))))
                .hasMessageContaining("Column name of table account cannot be placed before id");
        assertThat(db.snapshot()).isEqualTo(before);
    }

    @OnEveryDatabase
    void aBatchThatRebuildsTheTablePlacesAColumnWhereItIsAsked(ContractDatabase db) {
        assumeFalse(db.capabilities().alterConstraints(), "the database alters tables in place");
        db.apply(ContractFixtures::accountWithRows);
        db.apply(op -> op.batchAlterTable("account", batch -> batch.addColumn(column("email", string(50)),
                after("id")).alterColumn("name", alter -> alter.insertBefore("id"))));
        assertThat(db.snapshot().table("account").columnNames()).containsExactly("name", "id", "email");
        assertThat(names(db)).containsExactly("ada", "grace");
    }

    private static List<String> names(ContractDatabase db) {
        return db.query("SELECT name FROM account ORDER BY id").column("name");
    }
}
