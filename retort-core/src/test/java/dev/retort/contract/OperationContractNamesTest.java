package dev.retort.contract;

import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Column;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Names that are words of some database's SQL, used as tables and columns, are quoted where they must be. */
class OperationContractNamesTest {
    /** Ordinary column names that PostgreSQL, MySQL, MariaDB, H2 or SQLite reserve. */
    private static final List<String> WORDS = List.of("value", "year", "month", "day", "hour", "minute", "second",
            "interval", "option", "rank", "key", "keys", "do", "cast", "only", "analyze", "top", "minus", "rownum",
            "qualify", "current_user", "session_user", "localtime", "window", "groups", "lateral", "regexp",
            "div", "mod", "usage", "match", "read", "write", "index", "primary", "references", "exists", "nothing",
            "returning");

    @OnEveryDatabase
    void columnsNamedWithReservedWordsAreCreatedFilledRenamedIndexedAndDropped(ContractDatabase db) {
        List<Column> columns = new ArrayList<>(List.of(column("id", INTEGER).primaryKey()));
        WORDS.forEach(word -> columns.add(column(word, string(20))));
        Table table = table("order", columns.toArray(Column[]::new));
        Map<String, Object> values = new LinkedHashMap<>(Map.of("id", 1));
        WORDS.forEach(word -> values.put(word, word));
        db.roundTrip(op -> {
            op.createTable(table);
            op.bulkInsert("order", List.of(values));
            op.createIndex("ix_order_year_month", "order", "year", "month");
            op.createIndex("ix_order_cast", "order", "cast", "nothing", "returning");
            op.alterColumn("order", "value", alter -> alter.rename("user").existingType(string(20))
                    .existingNullable(true));
        }, op -> {
            op.alterColumn("order", "user", alter -> alter.rename("value").existingType(string(20))
                    .existingNullable(true));
            op.dropIndex("ix_order_cast", "order");
            op.dropIndex("ix_order_year_month", "order");
            op.dropTable("order");
        }, after -> {
            assertThat(after.table("order").columnNames()).contains("user", "year", "month");
            assertThat(after.table("order").index("ix_order_year_month")).isPresent();
            assertThat(after.table("order").index("ix_order_cast")).isPresent();
            Map<String, String> row = db.query("SELECT * FROM " + db.dialect().quote("order")).row(0);
            assertThat(row).containsEntry("user", "value").containsEntry("do", "do").containsEntry("rank", "rank");
        });
    }

    @OnEveryDatabase
    void aBatchRebuildsATableWhoseNamesAreReservedWords(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(table("group", column("id", INTEGER).primaryKey(), column("value", string(10)).notNull(),
                    column("year", INTEGER)));
            op.bulkInsert("group", List.of(row("id", 1, "value", "it's", "year", 2024)));
        });
        db.roundTrip(
                op -> op.batchAlterTable("group", batch -> batch.alterColumn("value", alter -> alter.nullable(true)
                        .type(string(20)).existingType(string(10)).existingNullable(false))),
                op -> op.batchAlterTable("group", batch -> batch.alterColumn("value", alter -> alter.nullable(false)
                        .type(string(10)).existingType(string(20)).existingNullable(true))),
                after -> assertThat(after.table("group").column("value").nullable()).isTrue());
        assertThat(db.query("SELECT * FROM " + db.dialect().quote("group")).row(0))
                .containsEntry("value", "it's").containsEntry("year", "2024");
    }

    @OnEveryDatabase
    void mixedCaseNamesWithSpacesAndQuotesSurviveConstraintsIndexesAndABatch(ContractDatabase db) {
        Table lines = table("Order Lines", column("Id", INTEGER).primaryKey(), column("Unit \"Price\"", INTEGER),
                column("it's", string(10)).notNull(), unique("Uq Lines", "it's"),
                index("Ix Lines", "Unit \"Price\"", "it's"));
        db.apply(op -> {
            op.createTable(lines);
            op.bulkInsert("Order Lines", List.of(row("Id", 1, "Unit \"Price\"", 5, "it's", "a")));
        });
        db.roundTrip(
                op -> op.batchAlterTable("Order Lines", batch -> batch.alterColumn("it's", alter -> alter.nullable(true)
                        .existingType(string(10)).existingNullable(false))),
                op -> op.batchAlterTable("Order Lines", batch -> batch.alterColumn("it's", alter -> alter
                        .nullable(false).existingType(string(10)).existingNullable(true))),
                after -> assertThat(after.table("order lines").column("it's").nullable()).isTrue());
        Map<String, String> row = db.query("SELECT * FROM " + db.dialect().quote("Order Lines")).row(0);
        assertThat(row).containsEntry("unit \"price\"", "5").containsEntry("it's", "a");
    }
}
