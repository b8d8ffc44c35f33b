package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlugsTest {

    // Every expected value below is what Alembic 1.8.1's ScriptDirectory._rev_path computes for the same
    // message and truncate_slug_length (run with Python 3.11).
    @ParameterizedTest(name = "{0} cut to {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            this is a test                              | 10 | this_is_a_
            this is a test                              | 40 | this_is_a_test
            this is a test                              | 14 | this_is_a_test
            this is a test                              | 13 | this_is_a_
            this is a test                              |  9 | this_is_
            this is a test                              |  5 | this_
            this is a test                              |  4 | this_
            this is a test                              |  1 | t_
            abcdefghijklmnop                            | 10 | abcdefghij_
            Create Account Table!                       | 40 | create_account_table
            '  weird--punct..here  '                    | 40 | weird_punct_here
            the quick brown fox jumps over the lazy dog | 40 | the_quick_brown_fox_jumps_over_the_lazy_
            Ünïcödé wörds ½ ² x_y                       | 40 | ünïcödé_wörds_½_²_x_y
            İstanbul ÉTÉ                                | 40 | i̇stanbul_été
            中文 消息                                    | 40 | 中文_消息
            emoji 😀 smile                              | 40 | emoji_smile
            x_y z                                       |  3 | x_
            this_is a                                   |  6 | this_
            """)
    void slugsAMessageAsAlembicDoes(String message, int truncateLength, String expected) {
        assertThat(Slugs.slug(message, truncateLength)).isEqualTo(expected);
    }

    @Test
    void slugsControlCharactersAndEmptyMessagesAsAlembicDoes() {
        assertThat(Slugs.slug("tab\tnew\nline", 40)).isEqualTo("tab_new_line");
        assertThat(Slugs.slug("a".repeat(50), 40)).isEqualTo("a".repeat(40) + "_");
        assertThat(Slugs.slug("", 40)).isEmpty();
        assertThat(Slugs.slug(null, 40)).isEmpty();
        assertThat(Slugs.slug("!!!", 40)).isEmpty();
    }

    @Test
    void countsLengthInCodePoints() {
        // Alembic's values too: Python counts code points, not UTF-16 units.
        assertThat(Slugs.slug("\uD835\uDC00\uD835\uDC01 b", 4)).isEqualTo("\uD835\uDC00\uD835\uDC01_b");
        assertThat(Slugs.slug("\uD835\uDC00\uD835\uDC01 b", 3)).isEqualTo("\uD835\uDC00\uD835\uDC01_");
        assertThat(Slugs.slug("\uD835\uDC00\uD835\uDC01\uD835\uDC02 b", 2)).isEqualTo("\uD835\uDC00\uD835\uDC01_");
    }

    @Test
    void refusesANonPositiveLimit() {
        assertThatThrownBy(() -> Slugs.slug("x", 0))
                .isInstanceOf(ScriptException.class)
                .hasMessage("truncate_slug_length must be at least 1, not 0");
    }
}
