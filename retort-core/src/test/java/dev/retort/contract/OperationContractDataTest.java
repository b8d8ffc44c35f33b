package dev.retort.contract;

import static dev.retort.api.Schema.BOOLEAN;
import static dev.retort.api.Schema.DATE;
import static dev.retort.api.Schema.DOUBLE;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.JSON;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.TIME;
import static dev.retort.api.Schema.TIMESTAMP;
import static dev.retort.api.Schema.TIMESTAMP_WITH_TIME_ZONE;
import static dev.retort.api.Schema.UUID;
import static dev.retort.api.Schema.binary;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows written as the database's literals, by bulk insert and in executed SQL, read back unchanged. */
class OperationContractDataTest {
    private static final Table ITEM = table("item", column("id", INTEGER).primaryKey(), column("label", string(40)),
            column("note", TEXT), column("active", BOOLEAN), column("born", DATE), column("seen", TIMESTAMP),
            column("price", numeric(10, 2)));

    private static final String QUOTES = "it's \"quoted\" \\ and back\\slashed";

    @OnEveryDatabase
    void bulkInsertWritesStringsWithQuotesNullsBooleansDatesTimestampsAndDecimals(ContractDatabase db) {
        db.apply(op -> op.createTable(ITEM));
        db.apply(op -> op.bulkInsert(ITEM, List.of(
                row("id", 1, "label", QUOTES, "note", "line one\nline two", "active", true,
                        "born", LocalDate.of(2024, 1, 31), "seen", LocalDateTime.of(2024, 1, 31, 9, 5, 7),
                        "price", new BigDecimal("12.34")),
                row("id", 2, "label", null, "note", null, "active", false, "born", null, "seen", null,
                        "price", null))));
        Rows rows = db.query("SELECT label, note, active, born, seen, price FROM item ORDER BY id");
        Map<String, String> first = rows.row(0);
        assertThat(first.get("label")).isEqualTo(QUOTES);
        assertThat(first.get("note")).isEqualTo("line one\nline two");
        assertThat(first.get("active")).isIn("1", "true", "t", "TRUE");
        assertThat(first.get("born")).startsWith("2024-01-31");
        assertThat(first.get("seen")).startsWith("2024-01-31").contains("09:05:07");
        assertThat(new BigDecimal(first.get("price"))).isEqualByComparingTo("12.34");
        assertThat(rows.row(1).get("active")).isIn("0", "false", "f", "FALSE");
        assertThat(List.of("label", "note", "born", "seen", "price")).allSatisfy(
                column -> assertThat(rows.row(1).get(column)).as(column).isNull());
        assertThat(db.query("SELECT id FROM item WHERE label IS NULL AND born IS NULL AND price IS NULL")
                .column("id")).containsExactly("2");
    }

    @OnEveryDatabase
    void bulkInsertWithoutColumnTypesWritesValuesByTheirJavaTypes(ContractDatabase db) {
        db.apply(op -> op.createTable(ITEM));
        db.apply(op -> op.bulkInsert("item", List.of(row("id", 1, "label", QUOTES, "active", true,
                "born", LocalDate.of(1999, 12, 31), "price", new BigDecimal("-0.50")))));
        Map<String, String> row = db.query("SELECT label, active, born, price FROM item").row(0);
        assertThat(row.get("label")).isEqualTo(QUOTES);
        assertThat(row.get("born")).startsWith("1999-12-31");
        assertThat(new BigDecimal(row.get("price"))).isEqualByComparingTo("-0.50");
    }

    @OnEveryDatabase
    void executedSqlWithInlineLiteralsFindsAndChangesTheRowsItNames(ContractDatabase db) {
        db.apply(op -> {
            op.createTable(ITEM);
            op.bulkInsert(ITEM, List.of(row("id", 1, "label", QUOTES, "active", false),
                    row("id", 2, "label", "plain", "active", false)));
        });
        db.apply(op -> op.execute("UPDATE item SET active = " + op.inlineLiteral(true) + ", born = "
                + op.inlineLiteral(LocalDate.of(2024, 2, 29)) + ", price = " + op.inlineLiteral(new BigDecimal("7.5"))
                + " WHERE label = " + op.inlineLiteral(QUOTES)));
        db.apply(op -> op.execute("INSERT INTO item (id, label, seen) VALUES (" + op.inlineLiteral(3) + ", "
                + op.inlineLiteral(null) + ", " + op.inlineLiteral(LocalDateTime.of(2024, 3, 1, 23, 59, 59)) + ")"));
        assertThat(db.query("SELECT id FROM item WHERE active = " + db.literal(true)).column("id"))
                .containsExactly("1");
        Map<String, String> updated = db.query("SELECT born, price FROM item WHERE id = 1").row(0);
        assertThat(updated.get("born")).startsWith("2024-02-29");
        assertThat(new BigDecimal(updated.get("price"))).isEqualByComparingTo("7.5");
        assertThat(db.query("SELECT seen FROM item WHERE id = 3 AND label IS NULL").column("seen"))
                .singleElement().asString().startsWith("2024-03-01").contains("23:59:59");
    }

    @OnEveryDatabase
    void bulkInsertWritesTimesInstantsUuidsBytesAndDoubles(ContractDatabase db) {
        Table sample = table("sample", column("id", INTEGER).primaryKey(), column("at", TIME),
                column("instant", TIMESTAMP_WITH_TIME_ZONE), column("fraction", TIMESTAMP), column("code", UUID),
                column("bytes", binary(8)), column("ratio", DOUBLE));
        java.util.UUID code = java.util.UUID.fromString("0b7e8d3c-4f2a-4c1e-9a6b-2d5f8e7c1a90");
        OffsetDateTime instant = OffsetDateTime.of(2024, 1, 31, 9, 5, 7, 0, ZoneOffset.ofHours(2));
        db.assumeServerHas("time zone offsets in datetime literals");
        db.apply(op -> op.createTable(sample));
        db.apply(op -> op.bulkInsert(sample, List.of(row("id", 1, "at", LocalTime.of(23, 59, 58),
                "instant", instant, "fraction", LocalDateTime.of(2024, 1, 31, 9, 5, 7, 250_000_000), "code", code,
                "bytes", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 39}, "ratio", 1.0e300))));
        try (Statement statement = db.connection().createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM sample")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString("at")).startsWith("23:59:58");
            assertThat(instant(result, "instant")).isEqualTo(instant.toInstant());
            // MySQL's DATETIME keeps no fraction of a second unless given a precision, which the generic type has not.
            assertThat(result.getString("fraction")).startsWith("2024-01-31 09:05:07");
            assertThat(result.getString("code").replace("-", "")).isEqualToIgnoringCase(code.toString().replace("-", ""));
            assertThat(result.getBytes("bytes")).containsExactly((byte) 0xCA, (byte) 0xFE, 0, 39);
            assertThat(result.getDouble("ratio")).isEqualTo(1.0e300);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A time with offset as the driver gives it; SQLite's keeps the text it was given. */
    private static Instant instant(ResultSet result, String column) throws SQLException {
        try {
            return result.getObject(column, OffsetDateTime.class).toInstant();
        } catch (SQLFeatureNotSupportedException e) {
            return OffsetDateTime.parse(result.getString(column).replace(' ', 'T')).toInstant();
        }
    }

    @OnEveryDatabase
    void bulkInsertOfEmptyRowsTakesEveryDefaultAndNumbersTheKey(ContractDatabase db) {
        db.apply(op -> op.createTable("counter", column("id", INTEGER).primaryKey(),
                column("hits", INTEGER).serverDefault(literal(5))));
        db.apply(op -> op.bulkInsert("counter", List.of(row(), row())));
        assertThat(db.query("SELECT id, hits FROM counter ORDER BY id").rows()).containsExactly(
                Map.of("id", "1", "hits", "5"), Map.of("id", "2", "hits", "5"));
    }

    @OnEveryDatabase
    void bulkInsertWritesJsonTextIntoAJsonColumnAsTheDocumentItIs(ContractDatabase db) {
        Table documents = table("document", column("id", INTEGER).primaryKey(), column("body", JSON));
        db.apply(op -> op.createTable(documents));
        db.apply(op -> op.bulkInsert(documents, List.of(row("id", 1, "body", "{\"name\": \"it's\"}"))));
        assertThat(db.query("SELECT body FROM document").column("body")).singleElement().asString()
                .startsWith("{").contains("\"name\"").contains("it's");
    }

    @OnEveryDatabase
    void bulkInsertWritesMapsAndListsIntoAJsonColumnAsTheDocumentsTheyAre(ContractDatabase db) {
        Table documents = table("document", column("id", INTEGER).primaryKey(), column("body", JSON));
        db.apply(op -> op.createTable(documents));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "it's\"q\"\\é\n");
        body.put("tags", Arrays.asList("a", 1, 2.5, true, null));
        body.put("nested", Map.of("empty", Map.of()));

        db.apply(op -> op.bulkInsert(documents, List.of(row("id", 1, "body", body),
                row("id", 2, "body", List.of(1, Map.of("two", List.of()))))));

        assertThat(db.query("SELECT body FROM document ORDER BY id").column("body"))
                .map(text -> text.replace(" ", ""))
                .containsExactly("{\"name\":\"it's\\\"q\\\"\\\\é\\n\",\"tags\":[\"a\",1,2.5,true,null],"
                        + "\"nested\":{\"empty\":{}}}", "[1,{\"two\":[]}]");
    }
}
