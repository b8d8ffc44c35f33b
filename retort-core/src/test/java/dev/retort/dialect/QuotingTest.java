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
