package dev.retort.dialect.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.op.BulkInsert;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Maps and lists inserted into a JSON column, written as each database's literal of their JSON text. */
class JsonDocumentLiteralTest {
    private static final QualifiedName DOC = QualifiedName.of("doc");

    /** {"name": "it's \"q\"\\", "tags": ["a", 1, 2.5, true, null], "nested": {"empty": {}, "none": []}} */
    private static Map<String, Object> document() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("empty", Map.of());
        nested.put("none", List.of());
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "it's \"q\"\\");
        document.put("tags", Arrays.asList("a", 1, new BigDecimal("2.5"), true, null));
        document.put("nested", nested);
        return document;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sqlite     | '{\"name\": \"it''s \\\"q\\\"\\\\\", \"tags\": [\"a\", 1, 2.5, true, null], \"nested\": {\"empty\": {}, \"none\": []}}'",
        "postgresql | '{\"name\": \"it''s \\\"q\\\"\\\\\", \"tags\": [\"a\", 1, 2.5, true, null], \"nested\": {\"empty\": {}, \"none\": []}}'",
        "h2         | JSON '{\"name\": \"it''s \\\"q\\\"\\\\\", \"tags\": [\"a\", 1, 2.5, true, null], \"nested\": {\"empty\": {}, \"none\": []}}'",
        "mysql      | '{\"name\": \"it''s \\\\\"q\\\\\"\\\\\\\\\", \"tags\": [\"a\", 1, 2.5, true, null], \"nested\": {\"empty\": {}, \"none\": []}}'",
        "mariadb    | '{\"name\": \"it''s \\\\\"q\\\\\"\\\\\\\\\", \"tags\": [\"a\", 1, 2.5, true, null], \"nested\": {\"empty\": {}, \"none\": []}}'",
    })
    void aMapIntoAJsonColumnIsTheLiteralOfItsJsonText(String dialect, String literal) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        BulkInsert insert = new BulkInsert(DOC, Map.of("body", new ColumnType.JsonType()),
                List.of(Map.of("body", document())), true);

        assertThat(compiler.compile(insert)).containsExactly("INSERT INTO doc (body) VALUES (" + literal + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sqlite     | '[1, \"\\n\\t\\u0001\", {\"k\": false}]'",
        "postgresql | '[1, \"\\n\\t\\u0001\", {\"k\": false}]'",
        "h2         | JSON '[1, \"\\n\\t\\u0001\", {\"k\": false}]'",
        "mariadb    | '[1, \"\\\\n\\\\t\\\\u0001\", {\"k\": false}]'",
    })
    void aListIntoAJsonColumnIsTheLiteralOfItsJsonText(String dialect, String literal) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        BulkInsert insert = new BulkInsert(DOC, Map.of("body", new ColumnType.JsonType()),
                List.of(Map.of("body", List.of(1, "\n\t\u0001", Map.of("k", false)))), true);

        assertThat(compiler.compile(insert)).containsExactly("INSERT INTO doc (body) VALUES (" + literal + ")");
    }

    /** As SQLAlchemy writes them: PostgreSQL takes no integer or boolean for a JSON column. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "sqlite     | '5', '2.5', 'true'",
        "postgresql | '5', '2.5', 'true'",
        "h2         | JSON '5', JSON '2.5', JSON 'true'",
        "mariadb    | '5', '2.5', 'true'",
    })
    void aNumberOrBooleanIntoAJsonColumnIsItsJsonText(String dialect, String literals) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named(dialect));
        BulkInsert insert = new BulkInsert(DOC, Map.of("a", new ColumnType.JsonType(), "b", new ColumnType.JsonType(),
                "c", new ColumnType.JsonType()), List.of(new TreeMap<>(Map.of("a", 5, "b", new BigDecimal("2.5"),
                "c", true))), true);

        assertThat(compiler.compile(insert)).containsExactly("INSERT INTO doc (a, b, c) VALUES (" + literals + ")");
    }

    @ParameterizedTest
    @CsvSource({"json", "jsonb", "JSONB"})
    void aPostgresJsonOrJsonbColumnTakesADocumentToo(String type) {
        DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named("postgresql"));
        BulkInsert insert = new BulkInsert(DOC, Map.of("body", new ColumnType.DialectType("postgresql", type,
                List.of())), List.of(Map.of("body", Map.of("a", List.of(1)))), true);

        assertThat(compiler.compile(insert)).containsExactly("INSERT INTO doc (body) VALUES ('{\"a\": [1]}')");
    }

    @Test
    void otherColumnsKeepRefusingMapsAndListsAndSayWhereTheyGo() {
        Map<String, ColumnType> text = Map.of("body", new ColumnType.TextType(Optional.empty()));
        assertThatThrownBy(() -> new BulkInsert(DOC, text, List.of(Map.of("body", new LinkedHashMap<>(Map.of("a", 1)))),
                true)).hasMessage("literal {a=1} of java.util.LinkedHashMap: literals are null, strings, "
                        + "numbers, booleans, LocalDate, LocalTime, LocalDateTime, OffsetDateTime (an Instant as "
                        + "instant.atOffset(ZoneOffset.UTC)), UUIDs or byte arrays; a map or list is a "
                        + "JSON document, written only into a column of a JSON type, which column body is not");
        assertThatThrownBy(() -> new BulkInsert(DOC, Map.of(), List.of(Map.of("body", new ArrayList<>(List.of(1)))),
                true)).hasMessage("literal [1] of java.util.ArrayList: literals are null, strings, "
                        + "numbers, booleans, LocalDate, LocalTime, LocalDateTime, OffsetDateTime (an Instant as "
                        + "instant.atOffset(ZoneOffset.UTC)), UUIDs or byte arrays; a map or list is a "
                        + "JSON document, written only into a column of a JSON type, so give bulkInsert the table "
                        + "with its column types: op.bulkInsert(table(...), rows)");
        for (Dialect dialect : Dialects.all()) {
            assertThatThrownBy(() -> DdlCompilers.forDialect(dialect).literal(Map.of("a", 1)))
                    .hasMessageContaining("literals are null, strings, numbers, booleans");
        }
    }
}
