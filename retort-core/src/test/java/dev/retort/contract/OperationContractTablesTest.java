package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.dialect.EnumStorage;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.Optional;

/** Tables on every database: rename, comments, and a column of an enum type, each undone by its reverse. */
class OperationContractTablesTest {

    @OnEveryDatabase
    void renamesATableKeepingItsRowsAndRenamesItBack(ContractDatabase db) {
        db.apply(ContractFixtures::accountWithRows);
        db.roundTrip(op -> op.renameTable("account", "client"), op -> op.renameTable("client", "account"),
                after -> assertThat(after.tables()).containsKey("client").doesNotContainKey("account"));
        assertThat(db.query("SELECT name FROM account ORDER BY id").column("name")).containsExactly("ada", "grace");
    }

    @OnEveryDatabase
    void setsAndRemovesATableComment(ContractDatabase db) {
        assumeTrue(db.capabilities().comments(), "the database stores no comments");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        db.roundTrip(op -> op.createTableComment("account", "Who's who"), op -> op.dropTableComment("account"),
                after -> assertThat(after.table("account").comment()).contains("Who's who"));
    }

    @OnEveryDatabase
    void replacesATableCommentAndRestoresTheFormerOne(ContractDatabase db) {
        assumeTrue(db.capabilities().comments(), "the database stores no comments");
        db.apply(op -> op.createTable(ContractFixtures.account().withComment(Optional.of("People"))));
        db.roundTrip(op -> op.createTableComment("account", "Clients", "People"),
                op -> op.createTableComment("account", "People", "Clients"),
                after -> assertThat(after.table("account").comment()).contains("Clients"));
    }

    @OnEveryDatabase
    void commentOperationsDoNothingWhereCommentsAreNotStored(ContractDatabase db) {
        assumeTrue(!db.capabilities().comments(), "the database stores comments");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        assertThat(db.apply(op -> op.createTableComment("account", "Who's who"))).isEmpty();
    }

    @OnEveryDatabase
    void anEnumColumnTakesOnlyItsValuesAndItsTypeGoesWithItsTable(ContractDatabase db) {
        Table person = table("person", column("id", INTEGER).primaryKey(),
                column("mood", enumType("mood", "happy", "it's")));
        db.roundTrip(op -> op.createTable(person), op -> op.dropTable(person), after -> {
            EnumStorage storage = db.capabilities().enums();
            if (storage == EnumStorage.NAMED_TYPE) {
                assertThat(after.enumTypes()).containsExactly("mood");
            } else if (storage == EnumStorage.COLUMN_TYPE) {
                assertThat(after.table("person").column("mood").type()).isEqualTo("enum");
            } else {
                assertThat(after.table("person").checks()).hasSize(1);
            }
            db.apply(op -> op.execute("INSERT INTO person (id, mood) VALUES (1, " + op.inlineLiteral("it's") + ")"));
            assertThat(db.query("SELECT mood FROM person").column("mood")).containsExactly("it's");
            assertThatThrownBy(() -> db.apply(op -> op.execute("INSERT INTO person (id, mood) VALUES (2, 'sad')")))
                    .isInstanceOf(DatabaseError.class);
        });
    }

    @OnEveryDatabase
    void anEnumColumnAddedToATableIsDroppedWithItsType(ContractDatabase db) {
        db.apply(op -> op.createTable(ContractFixtures.account()));
        Column mood = column("mood", enumType("mood", "happy", "sad"));
        db.roundTrip(op -> op.addColumn("account", mood), op -> op.dropColumn("account", mood),
                after -> assertThat(after.table("account").columnNames()).containsExactly("id", "name", "mood"));
        db.apply(op -> op.addColumn("account", mood));
        assertThat(db.snapshot().table("account").columnNames()).containsExactly("id", "name", "mood");
    }

    @OnEveryDatabase
    void createsATableUnlessItExistsAndDropsItIfItExists(ContractDatabase db) {
        db.roundTrip(op -> {
            op.createTableIfNotExists("tag", column("id", INTEGER).primaryKey());
            op.createTableIfNotExists("tag", column("id", INTEGER).primaryKey());
        }, op -> {
            op.dropTableIfExists("tag");
            op.dropTableIfExists("tag");
        }, after -> assertThat(after.tables()).containsOnlyKeys("tag"));
    }
}
