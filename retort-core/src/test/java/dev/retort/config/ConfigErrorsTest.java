package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class ConfigErrorsTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
    }

    @Test
    void reportsKeyOfWrongTypeWithFileLineAndKey() {
        project.config("[retort]\nscript_location = \"m\"\n\ntruncate_slug_length = \"forty\"\n");

        assertThatThrownBy(project::load)
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "retort.toml, line 4: key 'truncate_slug_length' must be an integer, not 'forty'");
                    assertThat(e.file()).contains(project.dir.resolve("retort.toml"));
                    assertThat(e.line()).hasValue(4);
                    assertThat(e.key()).contains("truncate_slug_length");
                });
    }

    @Test
    void reportsAWrongAutogenerateKeyWithItsLineWhenTheFileIsRead() {
        project.config("[retort]\nscript_location = \"m\"\ncompare_type = 1\n");
        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'compare_type' must be a boolean (true"
                + " or false), not an integer");

        project.config("[retort]\nscript_location = \"m\"\ninclude_tables = \"cust*\"\n");
        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'include_tables' must be an array of"
                + " strings, not a string");
    }

    @Test
    void reportsBooleanWrittenAsString() {
        project.config("[retort]\nscript_location = \"m\"\ntransaction_per_migration = \"yes\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'transaction_per_migration' must be"
                + " a boolean (true or false), not 'yes'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"-5 | -5", "\"60s\" | '60s'", "\"-1\" | '-1'",
        "true | a boolean", "[1] | an array"})
    void reportsALockTimeoutThatIsNoNumberOfSecondsWhenTheConfigIsRead(String value, String shown) {
        project.config("[retort]\nscript_location = \"m\"\nlock_timeout = " + value + "\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 3: key 'lock_timeout' must be a"
                + " number of seconds, zero or more (lock_timeout = 60), not " + shown);
    }

    @Test
    void refusesAnEmptyUrlOnTheCommandLine() {
        project.config("[retort]\nscript_location = \"m\"\nurl = \"sqlite:///configured.db\"\n");

        assertThatThrownBy(() -> ConfigLoader.load(project.options().withUrlOverride(" ")))
                .hasMessage("--url is empty; give a database URL, or leave the option out to use the configured one");
    }

    @Test
    void reportsScriptLocationOfWrongType() {
        project.config("[retort]\nscript_location = [\"m\"]\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 2: key 'script_location' must be a string, not an array");
    }

    @Test
    void reportsVersionLocationsWrittenAsOneString() {
        project.config("[retort]\nscript_location = \"m\"\nversion_locations = \"m/versions\"\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'version_locations' must be an array of strings, not a string");
    }

    @Test
    void reportsArrayElementOfWrongTypeAtItsLine() {
        project.config("[retort]\nscript_location = \"m\"\nversion_locations = [\n  \"a\",\n  42,\n]\n");

        assertThatThrownBy(project::load)
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("retort.toml, line 5: key 'version_locations' must be an"
                            + " array of strings; element 1 is an integer");
                    assertThat(e.key()).contains("version_locations[1]");
                });
    }

    @Test
    void reportsWrongTypeInTheSectionThatHoldsTheKey() {
        project.config("[retort]\nscript_location = \"m\"\ntimezone = 1\n\n[prod]\nurl = \"sqlite://\"\n");

        assertThatThrownBy(() -> ConfigLoader.load(project.options().withName("prod")))
                .hasMessage("retort.toml, line 3: key 'timezone' must be a string, not an integer");
    }

    @Test
    void reportsMalformedTomlWithFileAndLine() {
        project.config("[retort]\nscript_location = \"m\"\nurl = sqlite://\n");

        assertThatThrownBy(project::load)
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).startsWith("retort.toml, line 3: not valid TOML: ");
                    assertThat(e.getMessage()).contains("(column 7)");
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.file()).contains(project.dir.resolve("retort.toml"));
                });
    }

    /** A stray quote in a URL's password ends the string early: the parser would quote the password's rest. */
    @Test
    void aTomlErrorOnALineThatMayHoldAPasswordLeavesThePartsWordsOut() {
        project.config("[retort]\nscript_location = \"m\"\nurl = \"postgresql://u:ab\"XSECRET_tail@db/app\"\n");

        assertThatThrownBy(project::load)
                .hasMessageStartingWith("retort.toml, line 3: not valid TOML: the parser's words are left out, as"
                        + " this line may hold a password; look for a quote or backslash inside a string")
                .hasMessageNotContaining("XSECRET");
    }

    @Test
    void reportsEveryTomlErrorAtOnce() {
        project.config("[retort]\nscript_location = \"m\nversion_table = = 1\n[retort]\n");

        assertThatThrownBy(project::load)
                .hasMessageStartingWith("retort.toml, line 2: not valid TOML: ")
                .hasMessageContaining("\n  line 3: ")
                .hasMessageContaining("\n  line 4: retort previously defined at line 1, column 1 (column 1)");
    }

    @Test
    void namesAConfigOutsideTheWorkingDirectoryByItsAbsolutePath(@TempDir Path elsewhere) {
        ConfigFixture other = new ConfigFixture(elsewhere);
        Path file = other.write("app.toml", "[retort]\nscript_location = 5\n");

        assertThatThrownBy(() -> ConfigLoader.load(project.options().withConfigFile(file)))
                .hasMessage(file + ", line 2: key 'script_location' must be a string, not an integer");
    }

    @Test
    void namesAConfigBelowTheWorkingDirectoryByItsRelativePath() {
        project.write("conf/app.toml", "[retort]\nscript_location = 5\n");

        assertThatThrownBy(() -> ConfigLoader.load(project.options().withConfigFile(Path.of("conf/app.toml"))))
                .hasMessage("conf/app.toml, line 2: key 'script_location' must be a string, not an integer");
    }
}
