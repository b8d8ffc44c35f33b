package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigKeysTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
    }

    @Test
    void appliesDefaultsForEveryOptionalKey() {
        project.config("[retort]\nscript_location = \"migrations\"\n");

        RetortConfig config = project.load();

        assertThat(config.versionLocations()).containsExactly(project.dir.resolve("migrations/versions"));
        assertThat(config.url()).isEmpty();
        assertThat(config.fileTemplate()).isEqualTo("{rev}_{slug}");
        assertThat(config.truncateSlugLength()).isEqualTo(40);
        assertThat(config.timezone()).isEmpty();
        assertThat(config.revisionFormat()).isEqualTo("java");
        assertThat(config.versionTable()).isEqualTo("retort_version");
        assertThat(config.versionTableSchema()).isEmpty();
        assertThat(config.transactionPerMigration()).isFalse();
        assertThat(config.postWriteHooks()).isEmpty();
        assertThat(config.xArguments()).isEmpty();
        assertThat(config.settings()).containsOnlyKeys("script_location");
        assertThat(config.workingDirectory()).isEqualTo(project.dir);
    }

    @Test
    void readsEveryKnownKey() {
        project.config("""
                [retort]
                script_location = "db"
                version_locations = ["db/versions", "shared/versions"]
                url = "sqlite:///app.db"
                file_template = "{year}/{month}/{rev}_{slug}"
                truncate_slug_length = 20
                timezone = "Europe/Paris"
                revision_format = "sql"
                version_table = "alembic_version"
                version_table_schema = "audit"
                transaction_per_migration = true
                """);

        RetortConfig config = project.load();

        assertThat(config.versionLocations())
                .containsExactly(project.dir.resolve("db/versions"), project.dir.resolve("shared/versions"));
        assertThat(config.url()).contains("sqlite:///app.db");
        assertThat(config.fileTemplate()).isEqualTo("{year}/{month}/{rev}_{slug}");
        assertThat(config.truncateSlugLength()).isEqualTo(20);
        assertThat(config.timezone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(config.revisionFormat()).isEqualTo("sql");
        assertThat(config.versionTable()).isEqualTo("alembic_version");
        assertThat(config.versionTableSchema()).contains("audit");
        assertThat(config.transactionPerMigration()).isTrue();
        assertThat(config.warnings()).isEmpty();
    }

    @Test
    void aKeySpelledAlmostLikeOneRetortReadsIsNamedWithItsLineAndTheKeyItMayMean() {
        project.config("""
                [retort]
                script_location = "migrations"
                transaction_per_migraton = true
                ur = "sqlite:///app.db"

                [retort.jpaa]
                packages = ["com.example"]
                """);

        RetortConfig config = project.load();

        assertThat(config.transactionPerMigration()).isFalse();
        assertThat(config.warnings()).containsExactly(
                "retort.toml, line 3: key 'transaction_per_migraton' is not one retort reads, so"
                        + " 'transaction_per_migration' keeps its default; did you mean 'transaction_per_migration'?"
                        + " (A key of the environment hook's own is best named unlike retort's.)",
                "retort.toml, line 4: key 'ur' is not one retort reads, so 'url' keeps its default; did you mean"
                        + " 'url'? (A key of the environment hook's own is best named unlike retort's.)",
                "retort.toml, line 6: key 'jpaa' is not one retort reads, so 'jpa' keeps its default; did you mean"
                        + " 'jpa'? (A key of the environment hook's own is best named unlike retort's.)");
    }

    /** With -n, a key of [retort] does not hide a misspelling of it in the chosen section, which it would replace. */
    @Test
    void aKeyMisspelledInTheChosenSectionIsNamedThoughTheFallbackSetsIt() {
        project.config("""
                [retort]
                script_location = "migrations"
                url = "sqlite:///dev.db"

                [production]
                ulr = "sqlite:///prod.db"
                """);

        RetortConfig config = ConfigLoader.load(project.options().withName("production"));

        assertThat(config.warnings()).containsExactly("retort.toml, line 6: key 'ulr' is not one retort reads, so"
                + " 'url' is taken from [retort]; did you mean 'url'? (A key of the environment hook's own is best"
                + " named unlike retort's.)");
    }

    /**
     * The environment hook may read keys of its own: those unlike any of retort's are not warned about, nor those
     * like a key the section sets as well ({@code urls} beside {@code url}).
     */
    @Test
    void keysUnlikeRetortsOrBesideTheOneTheyAreLikeAreLeftToTheEnvironmentHook() {
        project.config("""
                [retort]
                script_location = "migrations"
                tenants = ["a", "b"]
                app_name = "shop"
                lock_timeout = 5
                environment_classpath = ["lib"]
                compare_type = false
                url = "sqlite:///app.db"
                urls = ["sqlite:///a.db", "sqlite:///b.db"]
                model = "orders"
                models = "migrations/Models.java"
                """);

        assertThat(project.load().warnings()).isEmpty();
    }

    @Test
    void aMissingScriptLocationNamesTheKeyThatMayBeItMisspelled() {
        project.config("[retort]\nscript_locaton = \"migrations\"\n");

        assertThatThrownBy(project::load).isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("has no key 'script_location'; set it to the environment folder, as 'retort init"
                        + " DIR' does (retort.toml, line 2: 'script_locaton' may be it, misspelled)");
    }

    @Test
    void resolvesScriptLocationRelativeToConfigFile() {
        project.write("config/retort.toml", "[retort]\nscript_location = \"../migrations\"\n");

        RetortConfig config = ConfigLoader.load(project.options().withConfigFile(Path.of("config/retort.toml")));

        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("migrations"));
    }

    @Test
    void resolvesVersionLocationsRelativeToConfigFile() {
        project.write("config/retort.toml", """
                [retort]
                script_location = "env"
                version_locations = ["env/versions", "/opt/shared/versions"]
                """);

        RetortConfig config = ConfigLoader.load(project.options().withConfigFile(Path.of("config/retort.toml")));

        assertThat(config.versionLocations())
                .containsExactly(project.dir.resolve("config/env/versions"), Path.of("/opt/shared/versions"));
    }

    @Test
    void defaultVersionLocationFollowsScriptLocation() {
        project.write("config/retort.toml", "[retort]\nscript_location = \"/srv/app/env\"\n");

        RetortConfig config = ConfigLoader.load(project.options().withConfigFile(Path.of("config/retort.toml")));

        assertThat(config.versionLocations()).containsExactly(Path.of("/srv/app/env/versions"));
    }

    @Test
    void keepsEveryKeyInSettingsAsPlainValues() {
        project.config("""
                [retort]
                script_location = "m"
                compare_server_default = true
                max_workers = 4
                ratio = 0.5
                schemas = ["public", "audit"]

                [retort.extras]
                packages = ["com.example.model"]
                """);

        Map<String, Object> settings = project.load().settings();

        assertThat(settings).containsEntry("script_location", "m")
                .containsEntry("compare_server_default", true)
                .containsEntry("max_workers", 4L)
                .containsEntry("ratio", 0.5)
                .containsEntry("schemas", List.of("public", "audit"))
                .containsEntry("extras", Map.of("packages", List.of("com.example.model")));
    }

    @Test
    void passesDashXArgumentsThroughInOrder() {
        project.config("[retort]\nscript_location = \"m\"\n");
        Map<String, String> arguments = XArguments.parse(List.of("tenant=acme", "dry", "b=2"));

        RetortConfig config = ConfigLoader.load(project.options().withXArguments(arguments));

        assertThat(config.xArguments()).containsExactly(Map.entry("tenant", "acme"), Map.entry("dry", ""),
                Map.entry("b", "2"));
    }

    @Test
    void anEmptyTimezoneIsUnsetAndAShortIdIsAZone() {
        project.config("[retort]\nscript_location = \"m\"\ntimezone = \"${TZ_NAME:-}\"\n");
        assertThat(project.load().timezone()).isEmpty();

        project.config("[retort]\nscript_location = \"m\"\ntimezone = \"EST\"\n");
        assertThat(project.load().timezone()).contains(ZoneId.of("-05:00"));
    }

    @Test
    void acceptsTimezoneInLowerCaseAsAlembicDoes() {
        project.config("[retort]\nscript_location = \"m\"\ntimezone = \"utc\"\n");

        assertThat(project.load().timezone()).contains(ZoneId.of("UTC"));
    }

    @Test
    void rejectsUnknownTimezone() {
        project.config("[retort]\nscript_location = \"m\"\ntimezone = \"Mars/Olympus\"\n");

        assertThatThrownBy(project::load)
                .isInstanceOf(ConfigException.class)
                .hasMessage("retort.toml, line 3: Can't locate timezone: Mars/Olympus (key 'timezone'); use a"
                        + " zone name such as 'UTC' or 'Europe/Paris'");
    }

    @Test
    void rejectsUnknownRevisionFormatNamingFileLineAndKey() {
        project.config("[retort]\nscript_location = \"m\"\n\nrevision_format = \"kotlin\"\n");

        assertThatThrownBy(project::load)
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(
                            "retort.toml, line 4: key 'revision_format' must be 'java' or 'sql', not 'kotlin'");
                    assertThat(e.file()).contains(project.dir.resolve("retort.toml"));
                    assertThat(e.line()).hasValue(4);
                    assertThat(e.key()).contains("revision_format");
                });
    }

    /** As --format on the command line. */
    @Test
    void acceptsARevisionFormatInAnyCase() {
        project.config("[retort]\nscript_location = \"m\"\nrevision_format = \"SQL\"\n");

        assertThat(project.load().revisionFormat()).isEqualTo("sql");
    }

    @Test
    void acceptsVersionTableAndSchemaNamesThatNeedQuotes() {
        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"Version Log\"\n"
                + "version_table_schema = \"public;drop\"\n");

        RetortConfig config = project.load();

        assertThat(config.versionTable()).isEqualTo("Version Log");
        assertThat(config.versionTableSchema()).contains("public;drop");
    }

    @Test
    void rejectsAVersionTableWithItsSchemaAndSaysWhereTheSchemaGoes() {
        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"meta.retort_version\"\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'version_table' must be a name of at most 54 characters"
                        + " (bytes of UTF-8), not blank, without '.' or control characters, not 'meta.retort_version';"
                        + " a schema goes in 'version_table_schema'");
    }

    /** The progress table and the key's constraint are named after the version table, within 63 bytes. */
    @Test
    void rejectsAVersionTableTooLongForTheNamesMadeFromIt() {
        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"" + "v".repeat(54) + "\"\n");
        assertThat(project.load().versionTable()).hasSize(54);

        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"" + "v".repeat(55) + "\"\n");
        assertThatThrownBy(project::load).hasMessageStartingWith(
                "retort.toml, line 3: key 'version_table' must be a name of at most 54 characters (bytes of UTF-8)");
        project.config("[retort]\nscript_location = \"m\"\nversion_table = \"" + "é".repeat(28) + "\"\n");
        assertThatThrownBy(project::load).hasMessageStartingWith("retort.toml, line 3: key 'version_table' must be");
    }

    @Test
    void rejectsABlankOrOverlongVersionTableSchema() {
        project.config("[retort]\nscript_location = \"m\"\nversion_table_schema = \"  \"\n");
        assertThatThrownBy(project::load).hasMessageStartingWith(
                "retort.toml, line 3: key 'version_table_schema' must be a name of at most 63 characters");

        project.config("[retort]\nscript_location = \"m\"\nversion_table_schema = \"" + "s".repeat(64) + "\"\n");
        assertThatThrownBy(project::load).hasMessageStartingWith(
                "retort.toml, line 3: key 'version_table_schema' must be a name of at most 63 characters");
    }

    @Test
    void rejectsTruncateSlugLengthBelowOne() {
        project.config("[retort]\nscript_location = \"m\"\ntruncate_slug_length = 0\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'truncate_slug_length' must be a positive integer, not 0");
    }

    @Test
    void rejectsUnknownFileTemplateToken() {
        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"{rev}_{name}\"\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'file_template' uses unknown token '{name}'; the tokens are"
                        + " {rev} {slug} {epoch} {year} {month} {day} {hour} {minute} {second}");
    }

    /** An Alembic template copied as it is, or one without the revision, would name every file the same. */
    @Test
    void rejectsAFileTemplateThatWouldNameEveryRevisionTheSame() {
        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"%%(rev)s_%%(slug)s\"\n");
        assertThatThrownBy(project::load)
                .hasMessageStartingWith("retort.toml, line 3: key 'file_template' is written with Alembic's"
                        + " %(name)s tokens; retort's are in braces, as in \"{rev}_{slug}\"");

        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"{year}_{month}\"\n");
        assertThatThrownBy(project::load)
                .hasMessageStartingWith("retort.toml, line 3: key 'file_template' has neither {rev}, {slug} nor"
                        + " {epoch}");
    }

    /** The message names what is wrong, not a token the template has. */
    @Test
    void rejectsAFileTemplateWithAnUnclosedBraceOrATrailingSlash() {
        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"{rev\"\n");
        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: file_template '{rev' has a '{' without its '}' (write '{{' for a"
                        + " literal brace)");

        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"{rev}/{slug}/\"\n");
        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'file_template' ends with '/', so the file name after it is"
                        + " empty; the part after the last '/' names the file, as in \"{year}/{rev}_{slug}\"");
    }

    /** The form the scaffolded retort.toml suggests: numbers with a width. */
    @Test
    void acceptsAFileTemplateWhoseNumbersHaveAWidth() {
        String template = "{year}_{month:02d}_{day:02d}_{hour:02d}{minute:02d}-{rev}_{slug}";
        project.config("[retort]\nscript_location = \"m\"\nfile_template = \"" + template + "\"\n");

        assertThat(project.load().fileTemplate()).isEqualTo(template);
    }

    @Test
    void rejectsEmptyVersionLocations() {
        project.config("[retort]\nscript_location = \"m\"\nversion_locations = []\n");

        assertThatThrownBy(project::load)
                .hasMessage("retort.toml, line 3: key 'version_locations' lists no folder; name at least one, or"
                        + " remove the key to use <script_location>/versions");
    }

    @Test
    void rejectsEmptyScriptLocation() {
        project.config("[retort]\nscript_location = \"\"\n");

        assertThatThrownBy(project::load).hasMessage("retort.toml, line 2: key 'script_location' is empty");
    }

    @Test
    void hidesTheUrlPasswordInToString() {
        project.config("[retort]\nscript_location = \"m\"\nurl = \"postgresql://app:s3cret@db/app\"\n");

        String shown = project.load().toString();

        assertThat(shown).contains("postgresql://app:***@db/app").doesNotContain("s3cret");
    }
}
