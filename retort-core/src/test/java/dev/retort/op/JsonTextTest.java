package dev.retort.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JSON documents as Java maps and lists: their text, and what JSON cannot hold. */
class JsonTextTest {
    private static final Map<String, ColumnType> JSON_BODY = Map.of("body", new ColumnType.JsonType());

    @Test
    void writesObjectsArraysAndValuesSpacedAsPythonsJsonDumps() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("s", "x");
        document.put("n", Arrays.asList(1, 2L, new BigInteger("12345678901234567890"), new BigDecimal("1E+3"), 0.5,
                1.5f, null));
        document.put("b", List.of(true, false));
        document.put("o", Map.of());

        assertThat(JsonText.write(document)).isEqualTo(
                "{\"s\": \"x\", \"n\": [1, 2, 12345678901234567890, 1E+3, 0.5, 1.5, null], \"b\": [true, false], "
                        + "\"o\": {}}");
        assertThat(JsonText.write(List.of())).isEqualTo("[]");
    }

    /** A map without an order of its own is written with its keys sorted, the same in every run; others keep theirs. */
    @Test
    void writesTheKeysOfAMapWithoutAnOrderSortedAndKeepsTheOrderOfAnyOther() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("z", 1);
        inserted.put("a", Map.of("ml", 350, "color", "white", "brand", "x"));

        assertThat(JsonText.write(Map.of("ml", 350, "color", "white", "brand", "x", "size", "m")))
                .isEqualTo("{\"brand\": \"x\", \"color\": \"white\", \"ml\": 350, \"size\": \"m\"}");
        assertThat(JsonText.write(new HashMap<>(Map.of("b", 2, "a", 1, "c", 3))))
                .isEqualTo("{\"a\": 1, \"b\": 2, \"c\": 3}");
        assertThat(JsonText.write(Collections.unmodifiableMap(Map.of("b", 2, "a", 1, "c", 3))))
                .isEqualTo("{\"a\": 1, \"b\": 2, \"c\": 3}");
        assertThat(JsonText.write(inserted))
                .isEqualTo("{\"z\": 1, \"a\": {\"brand\": \"x\", \"color\": \"white\", \"ml\": 350}}");
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLoneSurrogatesAndKeepsOtherCharacters() {
        assertThat(JsonText.write(List.of("a\"b\\c/d\b\f\n\r\t\u0000\u001f\u007f é 😀 \ud800 x\udc00")))
                .isEqualTo("[\"a\\\"b\\\\c/d\\b\\f\\n\\r\\t\\u0000\\u001f\u007f é 😀 \\ud800 x\\udc00\"]");
        assertThat(JsonText.write(Map.of("k\"ey", "v"))).isEqualTo("{\"k\\\"ey\": \"v\"}");
    }

    @Test
    void refusesKeysThatAreNotStringsValuesJsonHasNoFormForAndADocumentInsideItself() {
        Map<Object, Object> numberKey = new HashMap<>(Map.of(1, "one"));
        assertThatThrownBy(() -> new BulkInsert(QualifiedName.of("doc"), JSON_BODY,
                List.of(Map.of("body", Map.of("outer", numberKey))), true))
                .hasMessage("row 1 of bulk insert into doc, column body: the keys of a JSON object are strings, "
                        + "not 1 of java.lang.Integer");
        Map<Object, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> JsonText.write(nullKey))
                .hasMessage("JSON document: the keys of a JSON object are strings, not null");
        assertThatThrownBy(() -> JsonText.write(List.of(LocalDate.of(2024, 1, 31))))
                .hasMessage("JSON document: a JSON document holds null, strings, numbers, booleans, maps with "
                        + "string keys and lists, not 2024-01-31 of java.time.LocalDate; write it as a string");
        assertThatThrownBy(() -> JsonText.write(List.of(Double.NaN)))
                .hasMessage("JSON document: JSON has no number NaN");
        List<Object> itself = new ArrayList<>();
        itself.add(itself);
        assertThatThrownBy(() -> JsonText.write(List.of(itself)))
                .hasMessage("JSON document: the JSON document contains itself");
    }

    @Test
    void aValueSharedTwiceIsNotADocumentInsideItself() {
        List<Object> shared = List.of(1);
        assertThat(JsonText.write(List.of(shared, shared))).isEqualTo("[[1], [1]]");
    }

    @Test
    void aBulkInsertKeepsItsOwnUnmodifiableCopyOfEachDocument() {
        List<Object> tags = new ArrayList<>(List.of("a"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tags", tags);

        BulkInsert insert = new BulkInsert(QualifiedName.of("doc"), JSON_BODY, List.of(Map.of("body", document)),
                true);
        tags.add("b");
        document.put("more", 1);

        Object kept = insert.rows().get(0).get("body");
        assertThat(JsonText.write(kept)).isEqualTo("{\"tags\": [\"a\"]}");
        assertThatThrownBy(() -> ((Map<?, ?>) kept).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void jsonAndTheJsonTypesOfDatabasesHoldJsonAndOtherTypesDoNot() {
        assertThat(JsonText.holdsJson(new ColumnType.JsonType())).isTrue();
        assertThat(JsonText.holdsJson(new ColumnType.DialectType("postgresql", "jsonb", List.of()))).isTrue();
        assertThat(JsonText.holdsJson(new ColumnType.DialectType("postgresql", "inet", List.of()))).isFalse();
        assertThat(JsonText.holdsJson(new ColumnType.DialectType("mysql", "json", List.of()))).isTrue();
        assertThat(JsonText.holdsJson(new ColumnType.TextType(Optional.empty()))).isFalse();
        assertThat(JsonText.holdsJson(new ColumnType.RawType("json"))).isFalse();
    }
}
