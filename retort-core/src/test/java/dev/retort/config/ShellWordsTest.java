package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShellWordsTest {

    @Test
    void splitsOnRunsOfWhitespace() {
        assertThat(ShellWords.split("  -a\t-b \n c  ")).containsExactly("-a", "-b", "c");
    }

    @Test
    void keepsSingleQuotedTextLiterally() {
        assertThat(ShellWords.split("'a b' 'c\\d' x'y z'")).containsExactly("a b", "c\\d", "xy z");
    }

    @Test
    void unescapesQuotesAndBackslashesInsideDoubleQuotes() {
        assertThat(ShellWords.split("\"say \\\"hi\\\" \\n\" \"\"")).containsExactly("say \"hi\" \\n", "");
    }

    @Test
    void escapesTheNextCharacterOutsideQuotes() {
        assertThat(ShellWords.split("a\\ b \\'c")).containsExactly("a b", "'c");
    }

    @Test
    void givesNoWordsForBlankText() {
        assertThat(ShellWords.split("   ")).isEmpty();
    }

    @Test
    void rejectsAnOpenDoubleQuote() {
        assertThatThrownBy(() -> ShellWords.split("\"open")).hasMessage("a double quote is not closed");
    }
}
