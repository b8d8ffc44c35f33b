package dev.retort.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Hibernate's DDL types split into name, arguments and suffix. */
class DeclaredTypeTest {

    @Test
    void aTypeWithPrecisionAndSuffixSplitsIntoItsParts() {
        DeclaredType type = DeclaredType.parse("timestamp(6) with time zone");

        assertThat(type.name()).isEqualTo("timestamp");
        assertThat(type.first()).hasValue(6);
        assertThat(type.suffix()).isEqualTo("with time zone");
    }

    @Test
    void numericArgumentsAreReadWithOrWithoutSpaces() {
        assertThat(DeclaredType.parse("numeric(12, 2)").arguments()).containsExactly("12", "2");
        assertThat(DeclaredType.parse("NUMERIC(12,2)").second()).hasValue(2);
        assertThat(DeclaredType.parse("bigint").first()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void enumLabelsAreUnquotedKeepingCommasSpacesAndDoubledQuotes() {
        DeclaredType type = DeclaredType.parse("enum ('ON HOLD','a,b','it''s')");

        assertThat(type.name()).isEqualTo("enum");
        assertThat(type.arguments()).isEqualTo(List.of("ON HOLD", "a,b", "it's"));
        assertThat(type.first()).isEmpty();
    }
}
