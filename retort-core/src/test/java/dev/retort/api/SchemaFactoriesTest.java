package dev.retort.api;

import static dev.retort.api.Schema.arrayOf;
import static dev.retort.api.Schema.check;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.enumType;
import static dev.retort.api.Schema.foreignKey;
import static dev.retort.api.Schema.mysql;
import static dev.retort.api.Schema.numeric;
import static dev.retort.api.Schema.postgresql;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.rawType;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import dev.retort.schema.SchemaDefinitionException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SchemaFactoriesTest {

    @Test
    void typeFactoriesBuildTheGenericAndDialectTypes() {
        assertThat(numeric(10, 2)).isEqualTo(new ColumnType.NumericType(OptionalInt.of(10), OptionalInt.of(2)));
        assertThat(string(50)).isEqualTo(new ColumnType.StringType(OptionalInt.of(50), Optional.empty()));
        assertThat(enumType("mood", "happy", "sad"))
                .isEqualTo(new ColumnType.EnumType(Optional.of("mood"), List.of("happy", "sad")));
        assertThat(arrayOf(Schema.INTEGER)).isEqualTo(new ColumnType.ArrayType(Schema.INTEGER, 1));
        assertThat(postgresql("jsonb")).isEqualTo(new ColumnType.DialectType("postgresql", "jsonb", List.of()));
        assertThat(mysql("tinyint", "1")).isEqualTo(new ColumnType.DialectType("mysql", "tinyint", List.of("1")));
        assertThat(rawType("geometry(Point, 4326)")).isEqualTo(new ColumnType.RawType("geometry(Point, 4326)"));
    }

    @Test
    void invalidTypesFailWhereTheRevisionWritesThem() {
        assertThatThrownBy(() -> numeric(4, 6)).isInstanceOf(SchemaDefinitionException.class);
        assertThatThrownBy(() -> string(-1)).hasMessageContaining("at least 1, not -1");
        assertThatThrownBy(() -> enumType("mood")).hasMessageContaining("at least one value");
    }

    @Test
    void constraintFactoriesNameTheirConstraints() {
        assertThat(check("ck_total", "total >= 0").name()).contains("ck_total");
        assertThat(foreignKey("fk", List.of("account_id"), qualified("billing", "account"), List.of("id"))
                .referredTable()).hasToString("billing.account");
        assertThat(uniqueIndex("ix", "a").unique()).isTrue();
        assertThat(column("x", Schema.TEXT).nullable()).isTrue();
    }

    @Test
    void rowsAlternateNamesAndValuesAndKeepNulls() {
        assertThat(row("id", 1, "name", null)).containsExactly(
                java.util.Map.entry("id", 1), new java.util.AbstractMap.SimpleEntry<>("name", null));
        assertThatThrownBy(() -> row("id")).hasMessageContaining("give a column name and a value for each column");
        assertThatThrownBy(() -> row(1, "id")).hasMessageContaining("item 1 should be a column name, not 1");
    }
}
