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

    @Test
    void postgresqlsQuotedNegativeNumbersAreTheNumbers() {
        assertThat(same("postgresql", "si > -1", "(si > '-1'::integer)")).isTrue();
        assertThat(same("postgresql", "n > -1.50", "(n > '-1.5'::numeric)")).isTrue();
        assertThat(same("postgresql", "d > -1", "(d > ('-1'::integer)::double precision)")).isTrue();
        assertThat(same("postgresql", "si > -1 AND si < 10 OR NOT si = -5",
                "((((si > '-1'::integer) AND (si < 10)) OR (NOT (si = '-5'::integer))))")).isTrue();
        assertThat(same("postgresql", "coalesce(si, -1) > -2", "(COALESCE(si, '-1'::integer) > '-2'::integer)"))
                .isTrue();
        assertThat(same("postgresql", "si > -1", "(si > 1)")).isFalse();
        assertThat(same("postgresql", "s <> '-1'", "((s)::text <> '-1'::text)")).isTrue();
        assertThat(same("postgresql", "s <> -1", "((s)::text <> '-1'::text)")).isFalse();
    }

    @Test
    void postgresqlsOperatorsForLikeAreLike() {
        assertThat(same("postgresql", "s LIKE 'a%'", "((s)::text ~~ 'a%'::text)")).isTrue();
        assertThat(same("postgresql", "s NOT LIKE 'a%'", "((s)::text !~~ 'a%'::text)")).isTrue();
        assertThat(same("postgresql", "s ILIKE 'a%'", "((s)::text ~~* 'a%'::text)")).isTrue();
        assertThat(same("postgresql", "s NOT ILIKE 'a%'", "((s)::text !~~* 'a%'::text)")).isTrue();
        assertThat(same("postgresql", "NOT s LIKE 'a%'", "(NOT ((s)::text ~~ 'a%'::text))")).isTrue();
        assertThat(same("postgresql", "s LIKE 'a%'", "((s)::text !~~ 'a%'::text)")).isFalse();
        assertThat(same("postgresql", "s LIKE 'a%'", "((s)::text ~~* 'a%'::text)")).isFalse();
        assertThat(same("postgresql", "s LIKE '~~'", "((s)::text ~~ '~~'::text)")).isTrue();
    }

    @Test
    void postgresqlsArraysAreInAndNotInLists() {
        assertThat(same("postgresql", "si IN (3, 4)", "(si = ANY (ARRAY[3, 4]))")).isTrue();
        assertThat(same("postgresql", "si NOT IN (3, 4)", "(si <> ALL (ARRAY[3, 4]))")).isTrue();
        assertThat(same("postgresql", "si NOT IN (-3, 4)", "(si <> ALL (ARRAY['-3'::integer, 4]))")).isTrue();
        assertThat(same("postgresql", "s NOT IN ('a', 'b')",
                "((s)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))")).isTrue();
        assertThat(same("postgresql", "NOT si IN (3, 4)", "(NOT (si = ANY (ARRAY[3, 4])))")).isTrue();
        assertThat(same("postgresql", "si IN (3, 4)", "(si <> ALL (ARRAY[3, 4]))")).isFalse();
        assertThat(same("postgresql", "si NOT IN (3, 4)", "(si <> ALL (ARRAY[3, 5]))")).isFalse();
    }

    @Test
    void castsCompareAsTheValueTheyCast() {
        assertThat(same("postgresql", "CAST(si AS TEXT) <> 'x'", "((si)::text <> 'x'::text)")).isTrue();
        assertThat(same("postgresql", "CAST(si AS VARCHAR) <> 'x'",
                "((((si)::character varying)::text <> 'x'::text))")).isTrue();
        assertThat(same("h2", "CAST(si AS VARCHAR) <> 'x'", "CAST(\"SI\" AS CHARACTER VARYING) <> 'x'")).isTrue();
        assertThat(same("h2", "CAST(CAST(si AS TEXT) AS VARCHAR(5)) <> 'x'",
                "CAST(CAST(\"SI\" AS CHARACTER LARGE OBJECT) AS CHARACTER VARYING(5)) <> 'x'")).isTrue();
        assertThat(same("h2", "b > -1", "\"B\" > CAST(-1 AS BIGINT)")).isTrue();
        assertThat(same("h2", "CAST(si AS VARCHAR) <> 'x'", "CAST(\"B\" AS CHARACTER VARYING) <> 'x'")).isFalse();
    }

    @Test
    void theOperandsOfOneAndOrOrCompareInAnyOrder() {
        assertThat(same("h2", "si > 0 AND si NOT IN (5, 6)", "(\"SI\" NOT IN(5, 6))\n    AND (\"SI\" > 0)")).isTrue();
        assertThat(same("h2", "s LIKE 'a%' OR s IS NULL", "(\"S\" IS NULL)\n    OR (\"S\" LIKE 'a%')")).isTrue();
        assertThat(same("h2", "s IS NOT NULL AND si > 0 AND b > 0",
                "(\"S\" IS NOT NULL)\n    AND (\"SI\" > 0)\n    AND (\"B\" > CAST(0 AS BIGINT))")).isTrue();
        assertThat(same("h2", "(si > 0 OR b > 0) AND s <> 'x'",
                "(\"S\" <> 'x')\n    AND ((\"SI\" > 0)\n    OR (\"B\" > CAST(0 AS BIGINT)))")).isTrue();
        assertThat(same("h2", "si > 0 AND si > 0", "\"SI\" > 0")).isFalse();
    }

    @Test
    void groupingStillCounts() {
        assertThat(same("h2", "a > 0 AND (b > 0 OR c > 0)", "((\"A\" > 0) AND (\"B\" > 0)) OR (\"C\" > 0)")).isFalse();
        assertThat(same("postgresql", "a > 0 OR b > 0 AND c > 0", "((a > 0) OR ((b > 0) AND (c > 0)))")).isTrue();
        assertThat(same("postgresql", "a > 0 OR b > 0 AND c > 0", "(((a > 0) OR (b > 0)) AND (c > 0))")).isFalse();
    }

    @Test
    void notIsTakenIntoWhatItNegates() {
        assertThat(same("h2", "NOT (si > 5)", "\"SI\" <= 5")).isTrue();
        assertThat(same("h2", "NOT si = -5", "\"SI\" <> -5")).isTrue();
        assertThat(same("h2", "NOT (si > 5 AND b > 5)",
                "(\"SI\" <= 5)\n    OR (\"B\" <= CAST(5 AS BIGINT))")).isTrue();
        assertThat(same("postgresql", "NOT (si > 5 AND b > 5)", "(NOT ((si > 5) AND (b > 5)))")).isTrue();
        assertThat(same("postgresql", "NOT si IS NULL", "(NOT (si IS NULL))")).isTrue();
        assertThat(same("h2", "NOT si IS NULL", "\"SI\" IS NOT NULL")).isTrue();
        assertThat(same("postgresql", "NOT NOT f", "f")).isTrue();
        assertThat(same("postgresql", "NOT f", "(NOT f)")).isTrue();
        assertThat(same("h2", "NOT (si > 5)", "\"SI\" < 5")).isFalse();
        assertThat(same("h2", "NOT (si > 5)", "\"SI\" > 5")).isFalse();
    }

    @Test
    void betweenIsItsTwoComparisons() {
        assertThat(same("postgresql", "si BETWEEN -1 AND 5", "(((si >= '-1'::integer) AND (si <= 5)))")).isTrue();
        assertThat(same("postgresql", "si NOT BETWEEN 1 AND 5", "(((si < 1) OR (si > 5)))")).isTrue();
        assertThat(same("h2", "si >= 1 AND si <= 5 AND b > 0", "(\"SI\" BETWEEN 1 AND 5) AND (\"B\" > 0)")).isTrue();
        assertThat(same("h2", "si NOT BETWEEN 1 AND 5", "\"SI\" NOT BETWEEN 1 AND 5")).isTrue();
        assertThat(same("postgresql", "si BETWEEN 1 AND 5", "(((si >= 1) AND (si <= 6)))")).isFalse();
    }

    @Test
    void theAndAndOrOfACaseAreNotTheConditions() {
        assertThat(same("h2", "CASE WHEN si > 0 AND b > 0 THEN 1 ELSE 0 END = 1",
                "CASE WHEN (\"SI\" > 0)\n    AND (\"B\" > CAST(0 AS BIGINT)) THEN 1 ELSE 0 END = 1")).isTrue();
        assertThat(same("postgresql", "CASE WHEN si > 0 AND b > 0 THEN 1 ELSE 0 END = 1",
                "((\nCASE\n    WHEN ((si > 0) AND (b > 0)) THEN 1\n    ELSE 0\nEND = 1))")).isTrue();
    }

    @Test
    void unbalancedTextComparesAsItsTokens() {
        assertThat(same("postgresql", "a > (1", "a > (1")).isTrue();
        assertThat(same("postgresql", "a > 1) OR (b", "a > 1) OR (b")).isTrue();
        assertThat(same("postgresql", "a > 1) OR (b", "a > 2) OR (b")).isFalse();
        assertThat(same("postgresql", "CAST(a AS", "CAST(a AS")).isTrue();
        assertThat(same("postgresql", "a = ANY (ARRAY[1", "a = ANY (ARRAY[1")).isTrue();
    }
}
