package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotingTest {

    @Test
    void plainLowerCaseNamesStayBare() {
        assertThat(Dialects.named("postgresql").quote("account_id")).isEqualTo("account_id");
    }

    @Test
    void reservedWordsMixedCaseAndSpacesAreQuoted() {
        Dialect postgres = Dialects.named("postgresql");
        assertThat(postgres.quote("user")).isEqualTo("\"user\"");
        assertThat(postgres.quote("Account")).isEqualTo("\"Account\"");
        assertThat(postgres.quote("order lines")).isEqualTo("\"order lines\"");
    }

    @Test
    void eachDatabaseQuotesTheWordsItReservesBeyondTheSqlStandardOnes() {
        assertThat(Dialects.named("postgresql").quote("do")).isEqualTo("\"do\"");
        assertThat(Dialects.named("postgresql").quote("left")).isEqualTo("\"left\"");
        assertThat(Dialects.named("postgresql").quote("value")).isEqualTo("value");
        assertThat(Dialects.named("h2").quote("value")).isEqualTo("\"value\"");
        assertThat(Dialects.named("h2").quote("year")).isEqualTo("\"year\"");
        assertThat(Dialects.named("mysql").quote("interval")).isEqualTo("`interval`");
        assertThat(Dialects.named("mysql").quote("rank")).isEqualTo("`rank`");
        assertThat(Dialects.named("mariadb").quote("position")).isEqualTo("`position`");
        assertThat(Dialects.named("mariadb").quote("value")).isEqualTo("value");
        assertThat(Dialects.named("sqlite").quote("value")).isEqualTo("value");
    }

    @Test
    void quotesInsideAnIdentifierAreDoubledSoNothingCanBeSpliced() {
        assertThat(Dialects.named("sqlite").quote("x\"; DROP TABLE t; --")).isEqualTo("\"x\"\"; DROP TABLE t; --\"");
        assertThat(Dialects.named("mysql").quote("x`; DROP TABLE t")).isEqualTo("`x``; DROP TABLE t`");
    }

    @Test
    void stringLiteralsDoubleTheirQuotes() {
        assertThat(Dialects.named("postgresql").literal("it's")).isEqualTo("'it''s'");
        assertThat(Dialects.named("mariadb").literal("a\\'b")).isEqualTo("'a\\\\''b'");
    }

    @Test
    void schemaQualifiedNamesQuoteEachPart() {
        assertThat(Dialects.named("postgresql").qualified("Reporting", "table")).isEqualTo("\"Reporting\".\"table\"");
    }

    @Test
    void unknownDialectListsTheKnownOnes() {
        assertThatThrownBy(() -> Dialects.named("oracle"))
                .hasMessage("Unknown database dialect 'oracle'; retort knows sqlite, postgresql, mysql, mariadb, h2");
    }
}
