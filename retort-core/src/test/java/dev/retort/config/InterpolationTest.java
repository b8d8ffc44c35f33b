package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.runtime.LockSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpolationTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
    }

    private RetortConfig loadWith(String keys) {
        project.config("[retort]\nscript_location = \"m\"\n" + keys);
        return project.load();
    }

    @Test
    void expandsVariablesFromTheEnvironment() {
        project.env.put("DB_HOST", "db.example");
        project.env.put("DB_NAME", "app");

        RetortConfig config = loadWith("url = \"postgresql://${DB_HOST}:5432/${DB_NAME}\"\n");

        assertThat(config.url()).contains("postgresql://db.example:5432/app");
    }

    @Test
    void takesTheLockTimeoutFromAVariable() {
        String key = "lock_timeout = \"${LOCK_TIMEOUT:-60}\"\n";
        assertThat(LockSettings.from(loadWith(key).settings(), "v").timeout()).isEqualTo(Duration.ofSeconds(60));

        project.env.put("LOCK_TIMEOUT", "2.5");
        assertThat(LockSettings.from(loadWith(key).settings(), "v").timeout()).isEqualTo(Duration.ofMillis(2500));

        assertThat(Seconds.format(Duration.ofMillis(2500))).isEqualTo("2.5");
        assertThat(Seconds.format(Duration.ofSeconds(60))).isEqualTo("60");
        assertThat(Seconds.format(Duration.ofMillis(250))).isEqualTo("0.25");
        assertThat(Seconds.format(Duration.ZERO)).isEqualTo("0");
        assertThat(Seconds.parse(99_999_999_999L)).as("longer than the databases wait: their longest")
                .contains(Duration.ofMillis(Integer.MAX_VALUE));
        assertThat(Seconds.parse(1e30)).contains(Duration.ofMillis(Integer.MAX_VALUE));
        assertThat(Seconds.parse("9223372037")).contains(Duration.ofMillis(Integer.MAX_VALUE));
        assertThat(Seconds.parse(-1)).isEmpty();

        project.env.put("LOCK_TIMEOUT", "soon");
        assertThatThrownBy(() -> loadWith(key)).hasMessage("retort.toml, line 3: key 'lock_timeout' must be a number"
                + " of seconds, zero or more (lock_timeout = 60), not 'soon'");
    }

    @Test
    void takesABooleanAndAnOptionalSchemaFromVariables() {
        String keys = "transaction_per_migration = \"${TPM:-false}\"\nversion_table_schema = \"${VTS:-}\"\n";
        RetortConfig unset = loadWith(keys);
        assertThat(unset.transactionPerMigration()).isFalse();
        assertThat(unset.versionTableSchema()).isEmpty();

        project.env.put("TPM", "true");
        project.env.put("VTS", "audit");
        RetortConfig set = loadWith(keys);
        assertThat(set.transactionPerMigration()).isTrue();
        assertThat(set.versionTableSchema()).contains("audit");
    }

    @Test
    void takesANumberOrAnAutogenerateFlagFromVariables() {
        String keys = "truncate_slug_length = \"${TSL:-12}\"\ncompare_type = \"${CT:-false}\"\n";
        RetortConfig unset = loadWith(keys);
        assertThat(unset.truncateSlugLength()).isEqualTo(12);
        assertThat(unset.settings()).containsEntry("compare_type", "false");

        project.env.put("TSL", "many");
        assertThatThrownBy(() -> loadWith(keys)).hasMessage("retort.toml, line 3: key 'truncate_slug_length' must be"
                + " an integer, not 'many'");
        project.env.put("TSL", "20");
        project.env.put("CT", "no");
        assertThatThrownBy(() -> loadWith(keys)).hasMessage("retort.toml, line 4: key 'compare_type' must be a"
                + " boolean (true or false), not 'no'");
    }

    @Test
    void readsVariablesFromDotEnvBesideTheConfig() {
        project.write("conf/.env", "# local settings\nSCHEMA=audit\nQUOTED=\"two words\"\nSINGLE='one word'\n");
        project.write("conf/retort.toml", "[retort]\nscript_location = \"m\"\nversion_table_schema = \"${SCHEMA}\"\n"
                + "note = \"${QUOTED}\"\nother = \"${SINGLE}\"\n");

        RetortConfig config = ConfigLoader.load(project.options().withConfigFile(Path.of("conf/retort.toml")));

        assertThat(config.versionTableSchema()).contains("audit");
        assertThat(config.settings()).containsEntry("note", "two words").containsEntry("other", "one word");
    }

    @Test
    void prefersTheEnvironmentOverDotEnv() {
        project.write(".env", "SCHEMA=from_file\n");
        project.env.put("SCHEMA", "from_env");

        assertThat(loadWith("version_table_schema = \"${SCHEMA}\"\n").versionTableSchema()).contains("from_env");
    }

    @Test
    void usesTheDefaultWhenTheVariableIsUnsetOrEmpty() {
        project.env.put("EMPTY", "");

        RetortConfig config = loadWith("version_table = \"${UNSET:-fallback}\"\nfile_template = \"${EMPTY:-{rev}}\"\n");

        assertThat(config.versionTable()).isEqualTo("fallback");
        assertThat(config.fileTemplate()).isEqualTo("{rev}");
    }

    @Test
    void acceptsAnEmptyDefault() {
        assertThat(loadWith("note = \"a${UNSET:-}b\"\n").settings()).containsEntry("note", "ab");
    }

    @Test
    void expandsAnEmptyVariableToNothing() {
        project.env.put("EMPTY", "");

        assertThat(loadWith("note = \"a${EMPTY}b\"\n").settings()).containsEntry("note", "ab");
    }

    @Test
    void defaultMayReferToAnotherVariable() {
        project.env.put("FALLBACK_HOST", "replica");

        assertThat(loadWith("note = \"${PRIMARY_HOST:-${FALLBACK_HOST}}\"\n").settings())
                .containsEntry("note", "replica");
    }

    @Test
    void doesNotExpandValuesAgain() {
        project.env.put("LITERAL", "${NOT_EXPANDED}");

        assertThat(loadWith("note = \"${LITERAL}\"\n").settings()).containsEntry("note", "${NOT_EXPANDED}");
    }

    @Test
    void writesLiteralDollarBraceForDoubleDollar() {
        project.env.put("X", "x");

        RetortConfig config = loadWith("note = \"$${X} is ${X}, $X and $$ stay\"\n");

        assertThat(config.settings()).containsEntry("note", "${X} is x, $X and $$ stay");
    }

    @Test
    void expandsInsideArraysAndTables() {
        project.env.put("ROOT", "shared");

        RetortConfig config = loadWith("""
                version_locations = ["m/versions", "${ROOT}/versions"]
                [retort.extras]
                packages = ["${ROOT}.model"]
                """);

        assertThat(config.versionLocations()).containsExactly(project.dir.resolve("m/versions"),
                project.dir.resolve("shared/versions"));
        assertThat(config.settings()).containsEntry("extras", Map.of("packages", List.of("shared.model")));
    }

    @Test
    void reportsAnUndefinedVariableWithFileLineAndKeyWhenTheUrlIsNeeded() {
        project.config("[retort]\nscript_location = \"m\"\nurl = \"postgresql://${DB_HOST}/app\"\n");
        RetortConfig config = project.load();

        assertThat(config.url()).isEmpty();
        assertThatThrownBy(config::requireDatabaseUrl)
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("retort.toml, line 3: key 'url' uses variable 'DB_HOST',"
                            + " which is not set; set it in the environment or in .env beside the config file, or"
                            + " give a default with ${DB_HOST:-value}");
                    assertThat(e.line()).hasValue(3);
                    assertThat(e.key()).contains("url");
                });
    }

    @Test
    void namesTheArrayElementHoldingAnUndefinedVariable() {
        project.config("[retort]\nscript_location = \"m\"\nversion_locations = [\n  \"a\",\n  \"${MISSING}\",\n]\n");

        assertThatThrownBy(project::load)
                .hasMessageStartingWith("retort.toml, line 5: key 'version_locations[1]' uses variable 'MISSING'");
    }

    @Test
    void aUrlGivenOnTheCommandLineStandsInForOneWhoseVariableIsNotSet() {
        project.config("[retort]\nscript_location = \"m\"\nurl = \"${DATABASE_URL}\"\n");

        RetortConfig config = ConfigLoader.load(project.options().withUrlOverride("sqlite:///x.db"));

        assertThat(config.url()).contains("sqlite:///x.db");
        assertThat(config.requireDatabaseUrl().dialect()).isEqualTo("sqlite");
    }

    @Test
    void aKeyWhoseVariableIsNotSetFailsWhenItIsRead() {
        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"${TABLE}\"\n");

        assertThatThrownBy(project::load).hasMessageStartingWith("retort.toml, line 3: key 'version_table' uses"
                + " variable 'TABLE', which is not set");
    }

    @Test
    void neverShowsOtherValuesOfTheUrlInAnError() {
        project.env.put("DB_PASSWORD", "hunter2-secret");
        project.config("[retort]\nscript_location = \"m\"\n"
                + "url = \"postgresql://app:${DB_PASSWORD}@${DB_HOST}/app\"\n");

        assertThatThrownBy(() -> project.load().requireDatabaseUrl())
                .hasMessageContaining("'DB_HOST'")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    void reportsAReferenceWithoutClosingBrace() {
        assertThatThrownBy(() -> loadWith("note = \"${HOME\"\n"))
                .hasMessage("retort.toml, line 3: key 'note' has a '${' without its closing '}'; close it, or write"
                        + " $${ for a literal '${'");
    }

    @Test
    void reportsAnInvalidVariableName() {
        assertThatThrownBy(() -> loadWith("note = \"${1ST}\"\n"))
                .hasMessage("retort.toml, line 3: key 'note' refers to variable '1ST', which is not a valid name;"
                        + " use ${NAME} or ${NAME:-default}, or write $${ for a literal '${'");
    }

    @Test
    void leavesDotEnvUnreadWhenTheEnvironmentHasEveryVariable() {
        project.write(".env", "not a variable at all\n");
        project.env.put("SCHEMA", "audit");

        RetortConfig config = loadWith("version_table_schema = \"${SCHEMA}\"\nurl = \"sqlite://\"\n");

        assertThat(config.versionTableSchema()).contains("audit");
    }

    /** The URL falls back to DATABASE_URL, which a .env may hold; a command that does not connect needs neither. */
    @Test
    void aDotEnvThatCannotBeReadFailsOnlyWhatNeedsTheUrlItMayHold() {
        Path dotEnv = project.write(".env", "DATABASE_URL sqlite:///app.db\n");

        RetortConfig config = loadWith("");

        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("m"));
        assertThatThrownBy(config::databaseUrl).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(dotEnv + ", line 1: not a KEY=VALUE line");
    }

    @Test
    void reportsAMalformedDotEnvByLineWithoutRepeatingIt() {
        Path dotEnv = project.write(".env", "A=1\nthis line has my-secret in it\n");

        assertThatThrownBy(() -> loadWith("note = \"${B}\"\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(dotEnv + ", line 2: not a KEY=VALUE line; fix or remove it");
                    assertThat(e.file()).contains(dotEnv);
                    assertThat(e.line()).hasValue(2);
                });
    }

    /** As python-dotenv reads them: a file that a shell can also source. */
    @Test
    void readsLinesStartingWithExportAsTheirKeyAndValue() {
        project.write(".env", "export DATABASE_URL=sqlite:///exported.db\n  export\tSCHEMA=audit\n"
                + "export PASSWORD=pa#ss # a comment\nexport QUOTED=\"first\nexport NOT_A_KEY=x\" # two lines\n"
                + "export SINGLE='one word'\nPLAIN=kept\nexport=not_a_prefix\n");

        RetortConfig config = loadWith("version_table_schema = \"${SCHEMA}\"\na = \"${PASSWORD}\"\n"
                + "b = \"${QUOTED}\"\nc = \"${SINGLE}\"\nd = \"${PLAIN}\"\ne = \"${export}\"\n");

        assertThat(config.url()).contains("sqlite:///exported.db");
        assertThat(config.versionTableSchema()).contains("audit");
        assertThat(config.settings()).containsEntry("a", "pa#ss").containsEntry("b", "first\nexport NOT_A_KEY=x")
                .containsEntry("c", "one word").containsEntry("d", "kept").containsEntry("e", "not_a_prefix");
    }

    @Test
    void readsADotEnvStartingWithAByteOrderMark() {
        project.write(".env", "\uFEFFDATABASE_URL=sqlite:///marked.db\n");

        assertThat(loadWith("").url()).contains("sqlite:///marked.db");
    }

    @Test
    void aDotEnvThatIsNotUtf8IsReportedWhereItsVariablesAreNeeded() throws Exception {
        Path dotEnv = project.dir.resolve(".env");
        Files.write(dotEnv, new byte[] {'A', '=', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> loadWith("url = \"${A}\"\n"))
                .hasMessageContaining(dotEnv + ": cannot be read (not UTF-8 text)");
    }

    /** As a secret manager hands it over: read once, from a writer that writes it and closes. */
    @Test
    void readsADotEnvThatIsANamedPipe() throws Exception {
        Path pipe = project.dir.resolve(".env");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(pipe, "export DATABASE_URL=sqlite:///piped.db\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();

        RetortConfig config = loadWith("");

        writer.join(10_000);
        assertThat(config.url()).contains("sqlite:///piped.db");
    }

    @Test
    void reportsAMalformedLineByItsNumberInAFileWithExportLines() {
        Path dotEnv = project.write(".env", "export A=1\nexport B\n");

        assertThatThrownBy(() -> loadWith("note = \"${C}\"\n"))
                .hasMessage(dotEnv + ", line 2: not a KEY=VALUE line; fix or remove it");
    }

    @Test
    void refusesAValueWhoseQuoteIsNeverClosedInsteadOfDroppingTheLinesAfterIt() {
        Path dotEnv = project.write(".env", "A=1\nDATABASE_URL=\"sqlite:///app.db\nB=2\n");

        assertThatThrownBy(() -> loadWith("note = \"${B}\"\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(dotEnv + ", line 2: the value's opening quote is never"
                            + " closed; close it (a value in double quotes may run over several lines)");
                    assertThat(e.line()).hasValue(2);
                });
        project.write(".env", "A='one\n");
        assertThatThrownBy(() -> loadWith("note = \"${A}\"\n")).hasMessageContaining("line 1: the value's opening");
    }

    @Test
    void readsADoubleQuotedValueOverSeveralLines() {
        project.write(".env", "C=\"closed\" # a comment after the value\nA=\"first\nsecond\" # and here\nB=2\n"
                + "D=\"last\" # a comment on the last line\n");

        assertThat(loadWith("note = \"${A}\"\nother = \"${B}\"\n").settings())
                .containsEntry("note", "first\nsecond").containsEntry("other", "2");
    }

    /** As python-dotenv and shells: a '#' starts a comment only after a space, so a password may hold one. */
    @Test
    void aHashInsideAnUnquotedValueIsPartOfIt() {
        project.write(".env", "PASSWORD=pa#ss\nSPACED=kept # a comment\nTABBED=also\t# one\nLEADING=#ss\n"
                + "TWICE=v#1\nTWICE=second\n");

        assertThat(loadWith("a = \"${PASSWORD}\"\nb = \"${SPACED}\"\nc = \"${TABBED}\"\nd = \"${LEADING}\"\n"
                + "e = \"${TWICE}\"\n").settings())
                .containsEntry("a", "pa#ss").containsEntry("b", "kept").containsEntry("c", "also")
                .containsEntry("d", "#ss").containsEntry("e", "second");
    }

    @Test
    void takesUrlFromDashDashUrlFirst() {
        project.env.put("DATABASE_URL", "sqlite:///env.db");
        project.config("[retort]\nscript_location = \"m\"\nurl = \"sqlite:///config.db\"\n");

        assertThat(ConfigLoader.load(project.options().withUrlOverride("sqlite:///cli.db")).url())
                .contains("sqlite:///cli.db");
    }

    @Test
    void takesUrlFromTheConfigBeforeDatabaseUrl() {
        project.env.put("DATABASE_URL", "sqlite:///env.db");

        assertThat(loadWith("url = \"sqlite:///config.db\"\n").url()).contains("sqlite:///config.db");
    }

    @Test
    void fallsBackToDatabaseUrlFromTheEnvironment() {
        project.env.put("DATABASE_URL", "postgres://u:p@host/db");

        assertThat(loadWith("").url()).contains("postgres://u:p@host/db");
    }

    @Test
    void fallsBackToDatabaseUrlFromDotEnv() {
        project.write(".env", "DATABASE_URL=sqlite:///dotenv.db\n");

        assertThat(loadWith("").url()).contains("sqlite:///dotenv.db");
    }

    @Test
    void treatsAnEmptyUrlAsNone() {
        project.env.put("DATABASE_URL", "sqlite:///env.db");

        assertThat(loadWith("url = \"${NO_URL:-}\"\n").url()).contains("sqlite:///env.db");
        project.env.remove("DATABASE_URL");
        assertThat(loadWith("url = \"\"\n").url()).isEmpty();
    }

    @Test
    void parsesTheUrlAgainstTheWorkingDirectory() {
        RetortConfig config = loadWith("url = \"sqlite:///data/app.db\"\n");

        assertThat(config.databaseUrl()).map(DatabaseUrl::jdbcUrl)
                .contains("jdbc:sqlite:" + project.dir.resolve("data/app.db") + "?limit_sql_length=1000000000");
    }
}
