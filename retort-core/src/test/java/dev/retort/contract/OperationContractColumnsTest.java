package dev.retort.contract;

import static dev.retort.api.Schema.BIG_INTEGER;
import static dev.retort.api.Schema.BOOLEAN;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.TIMESTAMP;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Column;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Columns altered in place on every database that can, each change undone by its reverse. The revisions
 * say what the column was ({@code existing...}), as a revision meant for MySQL must.
 */
class OperationContractColumnsTest {

    @OnEveryDatabase
    void renamesAColumnKeepingItsValuesAndRenamesItBack(ContractDatabase db) {
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.rename("full_name")
                        .existingType(string(50)).existingNullable(false)),
                op -> op.alterColumn("account", "full_name", alter -> alter.rename("name")
                        .existingType(string(50)).existingNullable(false)),
                after -> assertThat(after.table("account").columnNames()).containsExactly("id", "full_name"));
        assertThat(db.query("SELECT name FROM account ORDER BY id").column("name")).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void makesANotNullColumnNullableAndBack(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.nullable(true).existingType(string(50))),
                op -> op.alterColumn("account", "name", alter -> alter.nullable(false).existingType(string(50))),
                after -> assertThat(after.table("account").column("name").nullable()).isTrue());
    }

    @OnEveryDatabase
    void aColumnMadeNotNullRefusesNullsUntilMadeNullableAgain(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        db.apply(op -> op.alterColumn("account", "name", alter -> alter.nullable(true).existingType(string(50))));
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.nullable(false).existingType(string(50))),
                op -> op.alterColumn("account", "name", alter -> alter.nullable(true).existingType(string(50))),
                after -> {
                    assertThat(after.table("account").column("name").nullable()).isFalse();
                    assertThatThrownBy(() -> db.apply(op -> op.execute("INSERT INTO account (id) VALUES (1)")))
                            .isInstanceOf(DatabaseError.class);
                });
    }

    @OnEveryDatabase
    void widensAVarcharKeepingItsValuesAndNarrowsItBack(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.type(string(100))
                        .existingType(string(50)).existingNullable(false)),
                op -> op.alterColumn("account", "name", alter -> alter.type(string(50))
                        .existingType(string(100)).existingNullable(false)),
                after -> assertThat(after.table("account").column("name").size()).isEqualTo(100));
        assertThat(db.query("SELECT name FROM account ORDER BY id").column("name")).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void setsChangesAndDropsAServerDefault(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.serverDefault(literal("n/a"))
                        .existingType(string(50)).existingNullable(false)),
                op -> op.alterColumn("account", "name", alter -> alter.dropServerDefault()
                        .existingType(string(50)).existingNullable(false)),
                after -> assertThat(after.table("account").column("name").defaultValue()).hasValueSatisfying(
                        value -> assertThat(value).contains("n/a")));
        db.apply(op -> op.alterColumn("account", "name", alter -> alter.serverDefault(literal("n/a"))
                .existingType(string(50)).existingNullable(false)));
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.serverDefault(literal("it's unknown"))
                        .existingServerDefault(literal("n/a")).existingType(string(50)).existingNullable(false)),
                op -> op.alterColumn("account", "name", alter -> alter.serverDefault(literal("n/a"))
                        .existingServerDefault(literal("it's unknown")).existingType(string(50))
                        .existingNullable(false)),
                after -> {
                    db.apply(op -> op.execute("INSERT INTO account (id) VALUES (1)"));
                    assertThat(db.query("SELECT name FROM account").column("name")).containsExactly("it's unknown");
                    db.apply(op -> op.execute("DELETE FROM account"));
                });
    }

    @OnEveryDatabase
    void setsAndDropsAColumnComment(ContractDatabase db) {
        assumeTrue(db.capabilities().comments(), "the database stores no comments");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        db.roundTrip(
                op -> op.alterColumn("account", "name", alter -> alter.comment("Who's this")
                        .existingType(string(50)).existingNullable(false)),
                op -> op.alterColumn("account", "name", alter -> alter.dropComment()
                        .existingType(string(50)).existingNullable(false)),
                after -> assertThat(after.table("account").column("name").comment()).contains("Who's this"));
    }

    @OnEveryDatabase
    void refusesAnInPlaceColumnChangePointingToBatchMode(ContractDatabase db) {
        assumeFalse(db.capabilities().alterColumns(), "the database alters columns in place");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        assertThatThrownBy(() -> db.apply(op -> op.alterColumn("account", "name", alter -> alter.nullable(true))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("batch mode");
    }

    @OnEveryDatabase
    void addedColumnsWithLiteralServerDefaultsFillTheExistingRows(ContractDatabase db) {
        db.apply(ContractFixtures::accountWithRows);
        List<Column> added = List.of(
                column("motto", string(20)).notNull().serverDefault(literal("it's \\ fine")),
                column("active", BOOLEAN).notNull().serverDefault(literal(true)),
                column("balance", numeric(10, 2)).serverDefault(literal(new BigDecimal("1.50"))),
                column("visits", INTEGER).notNull().serverDefault(literal(0)));
        db.roundTrip(op -> added.forEach(column -> op.addColumn("account", column)),
                op -> added.forEach(column -> op.dropColumn("account", column)),
                after -> {
                    Map<String, String> row = db.query("SELECT * FROM account WHERE id = 2").row(0);
                    assertThat(row.get("motto")).isEqualTo("it's \\ fine");
                    assertThat(row.get("active")).isIn("1", "true", "t", "TRUE");
                    assertThat(new BigDecimal(row.get("balance"))).isEqualByComparingTo("1.5");
                    assertThat(row.get("visits")).isEqualTo("0");
                });
    }

    @OnEveryDatabase
    void aColumnWithAnExpressionDefaultAddedInABatchFillsNewRows(ContractDatabase db) {
        db.apply(op -> op.createTable(ContractFixtures.account()));
        Column created = column("created", TIMESTAMP).notNull().serverDefault(sql("CURRENT_TIMESTAMP"));
        // SQLite adds such a column in place only to an empty table; the batch rebuilds it instead.
        db.roundTrip(op -> op.batchAlterTable("account", batch -> batch.addColumn(created)),
                op -> op.batchAlterTable("account", batch -> batch.dropColumn(created)),
                after -> {
                    db.apply(op -> op.bulkInsert("account", List.of(row("id", 1, "name", "ada"))));
                    assertThat(db.query("SELECT created FROM account").column("created")).doesNotContainNull();
                });
    }

    @OnEveryDatabase
    void changesAnIntegerColumnToABigIntegerAndBackKeepingItsValues(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(op -> {
            op.createTable("counter", column("id", INTEGER).primaryKey(), column("hits", INTEGER).notNull());
            op.bulkInsert("counter", List.of(row("id", 1, "hits", 2_000_000_000)));
        });
        db.roundTrip(
                op -> op.alterColumn("counter", "hits", alter -> alter.type(BIG_INTEGER).existingType(INTEGER)
                        .existingNullable(false)),
                op -> op.alterColumn("counter", "hits", alter -> alter.type(INTEGER).existingType(BIG_INTEGER)
                        .existingNullable(false)),
                after -> {
                    assertThat(after.table("counter").column("hits").type()).isIn("bigint", "int8");
                    db.apply(op -> op.execute("UPDATE counter SET hits = hits - 1"));
                });
        assertThat(db.query("SELECT hits FROM counter").column("hits")).containsExactly("1999999999");
    }

    @OnEveryDatabase
    void aTableCreatedWithCommentsShowsThemInTheCatalog(ContractDatabase db) {
        assumeTrue(db.capabilities().comments(), "the database stores no comments");
        db.roundTrip(op -> op.createTable(table("note",
                        column("id", INTEGER).primaryKey(), column("body", TEXT).comment("What's said"))
                        .withComment(Optional.of("Notes, 'quoted'"))),
                op -> op.dropTable("note"),
                after -> {
                    assertThat(after.table("note").comment()).contains("Notes, 'quoted'");
                    assertThat(after.table("note").column("body").comment()).contains("What's said");
                });
    }
}
