package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import dev.retort.schema.Computed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expressions of computed columns as the databases echo them, against what the models wrote. */
class ComputedEquivalenceTest {

    private static ComputedEquivalence on(String dialect, boolean storage) {
        return new ComputedEquivalence(storage, ConditionEquivalence.of(Dialects.named(dialect)));
    }

    private static boolean same(String dialect, String wanted, String echoed) {
        return on(dialect, true).same(Optional.of(Computed.stored(wanted)), Optional.of(Computed.stored(echoed)));
    }

    @Test
    void echoedSpellingsAreTheExpressionTheModelsWrote() {
        assertThat(same("postgresql", "price * quantity", "price * (quantity)::numeric")).isTrue();
        assertThat(same("postgresql", "upper(sku) || '-' || quantity",
                "((upper((sku)::text) || '-'::text) || quantity)")).isTrue();
        assertThat(same("mariadb", "lower(sku)", "lcase(`sku`)")).isTrue();
        assertThat(same("mariadb", "concat(upper(sku), '-', quantity)", "concat(ucase(`sku`),'-',`quantity`)"))
                .isTrue();
        assertThat(same("h2", "quantity > 10 AND price < 100",
                "(\"QUANTITY\" > 10)\n    AND (\"PRICE\" < CAST(100 AS NUMERIC(3)))")).isTrue();
        assertThat(same("mysql", "concat(sku, '-')", "concat(`sku`,_utf8mb4'-')")).isTrue();
    }

    @Test
    void aFunctionCalledByTheNameTheDatabaseEchoesIsTheOneTheModelsCalled() {
        assertThat(same("mariadb", "length(sku)", "octet_length(`sku`)")).isTrue();
        assertThat(same("mysql", "substring(sku, 1, 3)", "substr(`sku`,1,3)")).isTrue();
        assertThat(same("h2", "length(sku) + 1", "CHAR_LENGTH(\"SKU\") + 1")).isTrue();
        assertThat(same("h2", "ifnull(sku, 'none')", "COALESCE(\"SKU\", 'none')")).isTrue();
    }

    @Test
    void onlyTheDatabaseThatTakesThemForOneFunctionComparesThemAsOne() {
        assertThat(same("postgresql", "length(sku)", "octet_length(sku)")).isFalse();
        assertThat(same("sqlite", "lower(sku)", "lcase(sku)")).isFalse();
        assertThat(same("mariadb", "length(sku)", "char_length(`sku`)")).isFalse();
    }

    @Test
    void differentExpressionsAndLiteralsDiffer() {
        assertThat(same("postgresql", "price * quantity", "price * quantity + 1")).isFalse();
        assertThat(same("postgresql", "sku || 'A'", "sku || 'a'")).isFalse();
        assertThat(same("mariadb", "lcase_name", "lower(name)")).isFalse();
        assertThat(same("mariadb", "concat(sku, 'length(x)')", "concat(`sku`,'octet_length(x)')")).isFalse();
    }

    @Test
    void storageCountsOnlyWhereTheDatabaseKeepsIt() {
        Optional<Computed> stored = Optional.of(Computed.stored("a + b"));
        Optional<Computed> virtual = Optional.of(Computed.virtual("a + b"));
        assertThat(on("mariadb", true).same(stored, virtual)).isFalse();
        assertThat(on("h2", false).same(stored, virtual)).isTrue();
        assertThat(on("mariadb", true).same(stored, Optional.empty())).isFalse();
        assertThat(on("mariadb", true).same(Optional.empty(), Optional.empty())).isTrue();
    }
}
