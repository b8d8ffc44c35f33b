package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.contract.SchemaSnapshot.IndexSnapshot;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.runtime.DatabaseError;
import dev.retort.schema.Index;
import java.util.List;
import java.util.Optional;

/** Indexes created on and dropped from existing tables: unique, on several columns, on expressions, partial. */
class OperationContractIndexesTest {

    @OnEveryDatabase
    void createsAUniqueIndexThatRefusesDuplicatesAndDropsIt(ContractDatabase db) {
        db.apply(ContractFixtures::accountWithRows);
        Index index = uniqueIndex("ix_account_name", "name");
        db.roundTrip(op -> op.createIndex("account", index), op -> op.dropIndex("account", index),
                after -> {
                    assertThat(after.table("account").index("ix_account_name")).contains(
                            new IndexSnapshot("ix_account_name", true, List.of("name"), Optional.empty()));
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            "ada"))))).isInstanceOf(DatabaseError.class);
                });
    }

    @OnEveryDatabase
    void createsAnIndexOnSeveralColumnsInOrderAndDropsIt(ContractDatabase db) {
        db.apply(op -> op.createTable("event", column("id", INTEGER).primaryKey(), column("kind", string(20)),
                column("at", INTEGER)));
        db.roundTrip(op -> op.createIndex("ix_event_kind_at", "event", "kind", "at"),
                op -> op.dropIndex("ix_event_kind_at", "event"),
                after -> assertThat(after.table("event").index("ix_event_kind_at")).hasValueSatisfying(index -> {
                    assertThat(index.elements()).containsExactly("kind", "at");
                    assertThat(index.unique()).isFalse();
                }));
    }

    @OnEveryDatabase
    void createsAnIndexOnAnExpressionAndDropsIt(ContractDatabase db) {
        assumeTrue(db.capabilities().expressionIndexes(), "the database indexes columns only");
        db.assumeServerHas("indexes on expressions");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        Index index = index("ix_account_lower_name", sql("lower(name)"));
        db.roundTrip(op -> op.createIndex("account", index), op -> op.dropIndex("account", index),
                after -> assertThat(after.table("account").index("ix_account_lower_name")).isPresent());
    }

    @OnEveryDatabase
    void createsAPartialUniqueIndexThatOnlyCoversTheRowsItSelects(ContractDatabase db) {
        assumeTrue(db.capabilities().partialIndexes(), "the database indexes every row");
        db.apply(ContractFixtures::accountWithRows);
        Index index = uniqueIndex("ix_account_name_live", "name").where("id > 1");
        db.roundTrip(op -> op.createIndex("account", index), op -> op.dropIndex("account", index),
                after -> {
                    assertThat(after.table("account").index("ix_account_name_live")).isPresent();
                    db.apply(op -> op.bulkInsert("account", List.of(row("id", 0, "name", "grace"))));
                    assertThatThrownBy(() -> db.apply(op -> op.bulkInsert("account", List.of(row("id", 3, "name",
                            "grace"))))).isInstanceOf(DatabaseError.class);
                });
    }

    @OnEveryDatabase
    void refusesAPartialIndexWhereEveryRowIsIndexed(ContractDatabase db) {
        assumeFalse(db.capabilities().partialIndexes(), "the database has partial indexes");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        assertThatThrownBy(() -> db.apply(op -> op.createIndex("account",
                index("ix_account_name_live", "name").where("id > 1"))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("index all rows");
    }

    @OnEveryDatabase
    void refusesAnIndexOnAnExpressionWhereOnlyColumnsAreIndexed(ContractDatabase db) {
        assumeFalse(db.capabilities().expressionIndexes(), "the database indexes expressions");
        db.apply(op -> op.createTable(ContractFixtures.account()));
        assertThatThrownBy(() -> db.apply(op -> op.createIndex("account",
                index("ix_account_lower_name", sql("lower(name)")))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("index a generated column holding the expression instead");
    }
}
