package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileTemplateTest {

    private static Map<String, Object> tokens() {
        // 2026-03-04 05:06:07 UTC
        Map<String, Object> tokens = new HashMap<>(
                new CreateDate(ZonedDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneId.of("UTC")), true).tokens());
        tokens.put("rev", "1975ea83b712");
        tokens.put("slug", "create_account_table");
        return tokens;
    }

    @Test
    void rendersTheDefaultTemplate() {
        assertThat(new FileTemplate("{rev}_{slug}").render(tokens())).isEqualTo("1975ea83b712_create_account_table");
    }

    @Test
    void writesNumbersUnpaddedAsAlembicsPercentSFormatsDo() {
        assertThat(new FileTemplate("{year}_{month}_{day}_{hour}{minute}{second}_{epoch}").render(tokens()))
                .isEqualTo("2026_3_4_567_1772600767");
    }

    @Test
    void padsNumbersGivenAWidth() {
        assertThat(new FileTemplate("{year}_{month:02d}_{day:02}_{hour:02d}{minute:02d}{second:3d}-{rev}_{slug}")
                .render(tokens())).isEqualTo("2026_03_04_0506  7-1975ea83b712_create_account_table");
    }

    @Test
    void keepsSlashesForSubfoldersAndDoubledBracesAsBraces() {
        assertThat(new FileTemplate("{year}/{month:02d}/{{x}}_{rev}").render(tokens())).isEqualTo("2026/03/{x}_1975ea83b712");
    }

    @Test
    void refusesUnknownTokensAndUnbalancedBraces() {
        assertThatThrownBy(() -> new FileTemplate("{rev}_{name}"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Unknown token {name} in file_template '{rev}_{name}'; available: rev, slug, epoch, year,"
                        + " month, day, hour, minute, second");
        assertThatThrownBy(() -> new FileTemplate("%(rev)s_{slug"))
                .hasMessage("file_template '%(rev)s_{slug' has a '{' without its '}' (write '{{' for a literal brace)");
        assertThatThrownBy(() -> new FileTemplate("rev}"))
                .hasMessage("file_template 'rev}' has a '}' without its '{' (write '}}' for a literal brace)");
        assertThatThrownBy(() -> new FileTemplate("{slug:02d}"))
                .hasMessage("Unsupported format '{slug:02d}' in file_template '{slug:02d}'; numeric tokens take a width"
                        + " such as {month:02d}");
    }
}
