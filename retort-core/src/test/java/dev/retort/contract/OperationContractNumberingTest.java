package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.api.Schema.generatedByDefault;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.api.ColumnAlteration;
import dev.retort.api.Operations;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.reflect.ReflectionScope;
import dev.retort.reflect.SchemaReader;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a column numbers itself, changed in place on every database that can: an identity given, changed
 * and taken away where the database keeps identities, autoincrement turned on and off where columns are
 * altered in place (MySQL's {@code AUTO_INCREMENT} too), and in a batch where they are not. A column given
 * numbers while it holds rows numbers on past them. Each change is undone by its reverse.
 */
class OperationContractNumberingTest {
    private static final Identity STEPPED = generatedByDefault().start(10).increment(5);

    /** {@code ticket (id INTEGER PRIMARY KEY that does not number itself, title)} with ids 1 and 2. */
    private static void ticketsWithRows(Operations op) {
        op.createTable("ticket", column("id", INTEGER).primaryKey().autoincrement(false), column("title", string(20)));
        op.bulkInsert("ticket", List.of(row("id", 1, "title", "one"), row("id", 2, "title", "two")));
    }

    /** The id a row inserted without one gets. */
    private static String insertedId(ContractDatabase db, String title) {
        db.apply(op -> op.execute("INSERT INTO ticket (title) VALUES ('" + title + "')"));
        return db.query("SELECT id FROM ticket WHERE title = '" + title + "'").column("id").get(0);
    }

    private static void requireIdOnInsert(ContractDatabase db) {
        assertThatThrownBy(() -> db.apply(op -> op.execute("INSERT INTO ticket (title) VALUES ('none')")))
                .as("a column that does not number itself needs a value").isInstanceOf(DatabaseError.class);
    }

    /** The alteration of ticket.id, saying its type and nullability as a revision meant for MySQL must. */
    private static void alterId(Operations op, UnaryOperator<ColumnAlteration> alteration) {
        op.alterColumn("ticket", "id", alter -> alteration.apply(alter.existingType(INTEGER).existingNullable(false)));
    }

    private static Column reflectedId(ContractDatabase db) {
        return SchemaReader.forDialect(db.dialect()).read(db.connection(), ReflectionScope.defaultSchema()).tables()
                .stream().filter(table -> table.name().name().equalsIgnoreCase("ticket")).findFirst().orElseThrow()
                .column("id").orElseThrow();
    }

    @OnEveryDatabase
    void givesAColumnAnIdentityThatNumbersFromItsStartAndTakesItAway(ContractDatabase db) {
        assumeTrue(db.capabilities().identityColumns(), "the database keeps no identity apart from AUTO_INCREMENT");
        db.apply(OperationContractNumberingTest::ticketsWithRows);
        db.roundTrip(
                op -> alterId(op, alter -> alter.identity(STEPPED).existingIdentityAbsent()),
                op -> alterId(op, alter -> alter.dropIdentity().existingIdentity(STEPPED)),
                after -> {
                    assertThat(reflectedId(db).identity()).contains(STEPPED);
                    assertThat(insertedId(db, "ten")).isEqualTo("10");
                    assertThat(insertedId(db, "fifteen")).isEqualTo("15");
                    db.apply(op -> op.execute("DELETE FROM ticket WHERE id >= 10"));
                });
        assertThat(reflectedId(db).identity()).isEmpty();
        requireIdOnInsert(db);
    }

    @OnEveryDatabase
    void anIdentityGivenToAColumnWithRowsNumbersPastThem(ContractDatabase db) {
        assumeTrue(db.capabilities().identityColumns(), "the database keeps no identity apart from AUTO_INCREMENT");
        db.apply(OperationContractNumberingTest::ticketsWithRows);
        db.roundTrip(
                op -> alterId(op, alter -> alter.identity(generatedAlways()).existingIdentityAbsent()),
                op -> alterId(op, alter -> alter.dropIdentity().existingIdentity(generatedAlways())),
                after -> {
                    assertThat(insertedId(db, "three")).isEqualTo("3");
                    assertThatThrownBy(() -> db.apply(op -> op.execute(
                            "INSERT INTO ticket (id, title) VALUES (7, 'seven')")))
                            .as("an identity generated always takes no value").isInstanceOf(DatabaseError.class);
                    db.apply(op -> op.execute("DELETE FROM ticket WHERE id = 3"));
                });
    }

    @OnEveryDatabase
    void changesAnIdentitysGenerationAndNumbersAndBack(ContractDatabase db) {
        assumeTrue(db.capabilities().identityColumns(), "the database keeps no identity apart from AUTO_INCREMENT");
        db.apply(op -> op.createTable("ticket", column("id", INTEGER).primaryKey().identity(generatedAlways()),
                column("title", string(20))));
        Identity byDefault = generatedByDefault().start(100).increment(10);
        db.roundTrip(
                op -> alterId(op, alter -> alter.identity(byDefault).existingIdentity(generatedAlways())),
                op -> alterId(op, alter -> alter.identity(generatedAlways()).existingIdentity(byDefault)),
                after -> {
                    assertThat(reflectedId(db).identity()).contains(byDefault);
                    db.apply(op -> op.execute("INSERT INTO ticket (id, title) VALUES (7, 'seven')"));
                    db.apply(op -> op.execute("DELETE FROM ticket"));
                });
        assertThat(reflectedId(db).identity()).contains(generatedAlways());
    }

    @OnEveryDatabase
    void turnsAutoincrementOnNumberingPastTheRowsAndOffAgain(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        db.apply(OperationContractNumberingTest::ticketsWithRows);
        requireIdOnInsert(db);
        db.roundTrip(
                op -> alterId(op, alter -> alter.autoincrement(true).existingAutoincrement(false)),
                op -> alterId(op, alter -> alter.autoincrement(false).existingAutoincrement(true)),
                after -> {
                    assertThat(insertedId(db, "three")).isEqualTo("3");
                    db.apply(op -> op.execute("DELETE FROM ticket WHERE id = 3"));
                });
        requireIdOnInsert(db);
    }

    @OnEveryDatabase
    void turnsOffAndOnTheAutoincrementOfALongNamedColumnCreatedNumbered(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        String table = "ticket_of_the_customer_service_desk_2026";
        String key = "identifier_of_the_ticket_number";
        db.apply(op -> op.createTable(table, column(key, INTEGER).primaryKey(), column("title", string(20))));
        db.roundTrip(
                op -> op.alterColumn(table, key, alter -> alter.autoincrement(false).existingAutoincrement(true)
                        .existingType(INTEGER).existingNullable(false)),
                op -> op.alterColumn(table, key, alter -> alter.autoincrement(true).existingAutoincrement(false)
                        .existingType(INTEGER).existingNullable(false)),
                after -> assertThatThrownBy(() -> db.apply(op -> op.execute("INSERT INTO " + table
                        + " (title) VALUES ('none')"))).isInstanceOf(DatabaseError.class));
        db.apply(op -> op.execute("INSERT INTO " + table + " (title) VALUES ('one')"));
        assertThat(db.query("SELECT " + key + " FROM " + table).column(key)).containsExactly("1");
    }

    @OnEveryDatabase
    void anIdentityIsAutoIncrementWhereTheDatabaseHasNoOther(ContractDatabase db) {
        assumeTrue(db.capabilities().alterColumns(), "the database alters columns only in batch mode");
        assumeFalse(db.capabilities().identityColumns(), "the database keeps identities of their own");
        db.apply(OperationContractNumberingTest::ticketsWithRows);
        db.roundTrip(
                op -> alterId(op, alter -> alter.identity(generatedAlways().start(100)).existingIdentityAbsent()),
                op -> alterId(op, alter -> alter.dropIdentity().existingIdentity(generatedAlways().start(100))),
                after -> {
                    assertThat(insertedId(db, "three")).isEqualTo("3");
                    db.apply(op -> op.execute("DELETE FROM ticket WHERE id = 3"));
                });
        requireIdOnInsert(db);
    }

    @OnEveryDatabase
    void turnsAutoincrementOnInABatchWhereColumnsAreNotAlteredInPlace(ContractDatabase db) {
        assumeFalse(db.capabilities().alterColumns(), "the database alters columns in place");
        db.apply(op -> {
            op.createTable("ticket", column("id", INTEGER).primaryKey(), column("title", string(20)));
            op.bulkInsert("ticket", List.of(row("id", 1, "title", "one"), row("id", 2, "title", "two")));
        });
        assertThatThrownBy(() -> db.apply(op -> op.alterColumn("ticket", "id", alter -> alter.autoincrement(true))))
                .isInstanceOf(UnsupportedOperationForDialectException.class).hasMessageContaining("batch mode");
        db.roundTrip(
                op -> op.batchAlterTable("ticket", batch -> batch.alterColumn("id", alter -> alter.autoincrement(true)
                        .existingAutoincrement(false))),
                op -> op.batchAlterTable("ticket", batch -> batch.alterColumn("id", alter -> alter.autoincrement(false)
                        .existingAutoincrement(true))),
                after -> {
                    assertThat(db.query("SELECT sql FROM sqlite_master WHERE name = 'ticket'").column("sql").get(0))
                            .contains("AUTOINCREMENT");
                    assertThat(insertedId(db, "three")).isEqualTo("3");
                    db.apply(op -> op.execute("DELETE FROM ticket WHERE id = 3"));
                });
        assertThat(db.query("SELECT sql FROM sqlite_master WHERE name = 'ticket'").column("sql").get(0))
                .doesNotContain("AUTOINCREMENT");
        assertThat(db.query("SELECT title FROM ticket ORDER BY id").column("title")).containsExactly("one", "two");
    }
}
