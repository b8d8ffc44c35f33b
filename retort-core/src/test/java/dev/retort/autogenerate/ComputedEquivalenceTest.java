package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Computed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Expressions of computed columns as the databases echo them, against what the models wrote. */
class ComputedEquivalenceTest {
    private final ComputedEquivalence withStorage = new ComputedEquivalence(true);
    private final ComputedEquivalence withoutStorage = new ComputedEquivalence(false);

    private boolean same(String wanted, String echoed) {
        return withStorage.same(Optional.of(Computed.stored(wanted)), Optional.of(Computed.stored(echoed)));
    }

    @Test
    void echoedSpellingsAreTheExpressionTheModelsWrote() {
        assertThat(same("price * quantity", "price * (quantity)::numeric")).isTrue();
        assertThat(same("upper(sku) || '-' || quantity", "((upper((sku)::text) || '-'::text) || quantity)")).isTrue();
        assertThat(same("lower(sku)", "lcase(`sku`)")).isTrue();
        assertThat(same("concat(upper(sku), '-', quantity)", "concat(ucase(`sku`),'-',`quantity`)")).isTrue();
        assertThat(same("quantity > 10 AND price < 100",
                "(\"QUANTITY\" > 10)\n    AND (\"PRICE\" < CAST(100 AS NUMERIC(3)))")).isTrue();
        assertThat(same("concat(sku, '-')", "concat(`sku`,_utf8mb4'-')")).isTrue();
    }

    @Test
    void differentExpressionsAndLiteralsDiffer() {
        assertThat(same("price * quantity", "price * quantity + 1")).isFalse();
        assertThat(same("sku || 'A'", "sku || 'a'")).isFalse();
        assertThat(same("lcase_name", "lower(name)")).isFalse();
    }

    @Test
    void storageCountsOnlyWhereTheDatabaseKeepsIt() {
        Optional<Computed> stored = Optional.of(Computed.stored("a + b"));
        Optional<Computed> virtual = Optional.of(Computed.virtual("a + b"));
        assertThat(withStorage.same(stored, virtual)).isFalse();
        assertThat(withoutStorage.same(stored, virtual)).isTrue();
        assertThat(withStorage.same(stored, Optional.empty())).isFalse();
        assertThat(withStorage.same(Optional.empty(), Optional.empty())).isTrue();
    }
}
