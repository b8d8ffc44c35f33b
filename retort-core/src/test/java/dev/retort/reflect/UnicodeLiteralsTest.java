package dev.retort.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeLiteralsTest {
    @Test
    void fourAndSixDigitEscapesReadAsTheCharacters() {
        assertThat(UnicodeLiterals.plain("nm <> U&'caf\\00e9 \\+01d11e'")).isEqualTo("nm <> 'café 𝄞'");
    }

    @Test
    void aQuoteAndTheEscapeCharacterItselfStayLiteral() {
        assertThat(UnicodeLiterals.plain("U&'it''s \\\\ \\4e2d'")).isEqualTo("'it''s \\ 中'");
    }

    @Test
    void uescapeNamesAnotherEscapeCharacter() {
        assertThat(UnicodeLiterals.plain("x = U&'!00e9\\' UESCAPE '!' AND y = 1")).isEqualTo("x = 'é\\' AND y = 1");
    }

    @Test
    void quotedNamesAreDecodedAndOtherTextIsLeftAlone() {
        assertThat(UnicodeLiterals.plain("U&\"\\00e9\" = 'U&''x''' AND MENU&'a' IS NULL"))
                .isEqualTo("\"é\" = 'U&''x''' AND MENU&'a' IS NULL");
    }

    @Test
    void aMalformedEscapeLeavesTheLiteralAsItIs() {
        assertThat(UnicodeLiterals.plain("U&'\\00zz'")).isEqualTo("U&'\\00zz'");
    }
}
