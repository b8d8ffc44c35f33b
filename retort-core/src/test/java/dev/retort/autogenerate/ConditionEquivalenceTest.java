package dev.retort.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.Dialects;
import org.junit.jupiter.api.Test;

/** Check conditions as databases echo them, against what the models wrote. */
class ConditionEquivalenceTest {

    private static boolean same(String dialect, String wanted, String echoed) {
        return ConditionEquivalence.of(Dialects.named(dialect)).same(wanted, echoed);
    }

    @Test
    void aFunctionCalledByTheNameTheDatabaseEchoesIsTheOneTheModelsCalled() {
        assertThat(same("mariadb", "length(name) > 0", "octet_length(`name`) > 0")).isTrue();
        assertThat(same("mysql", "LOWER(name) <> 'x' AND Length (code) < 6",
                "lcase(`name`) <> 'x' and octet_length(`code`) < 6")).isTrue();
        assertThat(same("h2", "length(x) > 0", "CHAR_LENGTH(\"X\") > 0")).isTrue();
        assertThat(same("h2", "ifnull(x, 'a') <> 'b'", "COALESCE(\"X\", 'a') <> 'b'")).isTrue();
    }

    @Test
    void onlyTheDatabaseThatTakesThemForOneFunctionComparesThemAsOne() {
        assertThat(same("postgresql", "length(name) > 0", "octet_length(name) > 0")).isFalse();
        assertThat(same("sqlite", "length(name) > 0", "octet_length(name) > 0")).isFalse();
        assertThat(same("mariadb", "length(name) > 0", "char_length(`name`) > 0")).isFalse();
    }

    @Test
    void textInQuotesAndLongerNamesKeepTheirSpelling() {
        assertThat(same("mariadb", "name <> 'length(x)'", "`name` <> 'octet_length(x)'")).isFalse();
        assertThat(same("mariadb", "my_length(name) > 0", "my_octet_length(`name`) > 0")).isFalse();
        assertThat(same("mariadb", "name <> 'it''s' AND length(name) > 0",
                "`name` <> 'it''s' and octet_length(`name`) > 0")).isTrue();
    }
}
