package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSectionTest {
    private static final String TWO_ENVIRONMENTS = """
            [retort]
            script_location = "migrations"
            url = "sqlite:///dev.db"
            version_table = "shared_version"

            [[retort.post_write_hooks]]
            name = "format"
            type = "exec"
            executable = "fmt"

            [production]
            url = "postgresql://app@db.example/app"
            transaction_per_migration = true

            [reporting]
            script_location = "reporting"
            post_write_hooks = []
            """;

    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
        project.config(TWO_ENVIRONMENTS);
    }

    @Test
    void readsRetortSectionByDefault() {
        RetortConfig config = project.load();

        assertThat(config.section()).isEqualTo("retort");
        assertThat(config.url()).contains("sqlite:///dev.db");
        assertThat(config.transactionPerMigration()).isFalse();
    }

    @Test
    void selectsNamedSectionWithDashN() {
        RetortConfig config = ConfigLoader.load(project.options().withName("production"));

        assertThat(config.section()).isEqualTo("production");
        assertThat(config.url()).contains("postgresql://app@db.example/app");
        assertThat(config.transactionPerMigration()).isTrue();
    }

    @Test
    void namedSectionFallsBackToRetortForKeysItLacks() {
        RetortConfig config = ConfigLoader.load(project.options().withName("production"));

        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("migrations"));
        assertThat(config.versionTable()).isEqualTo("shared_version");
        assertThat(config.postWriteHooks()).extracting(PostWriteHook::name).containsExactly("format");
        assertThat(config.settings()).containsKeys("script_location", "url", "transaction_per_migration");
    }

    @Test
    void namedSectionReplacesAnArrayWhole() {
        RetortConfig config = ConfigLoader.load(project.options().withName("reporting"));

        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("reporting"));
        assertThat(config.postWriteHooks()).isEmpty();
        assertThat(config.url()).contains("sqlite:///dev.db");
    }

    @Test
    void dashNRetortIsTheDefaultSection() {
        assertThat(ConfigLoader.load(project.options().withName("retort"))).isEqualTo(project.load());
    }

    @Test
    void reportsMissingSectionAndListsTheSectionsThereAre() {
        ConfigOptions options = project.options().withName("staging");

        assertThatThrownBy(() -> ConfigLoader.load(options))
                .isInstanceOf(ConfigException.class)
                .hasMessage("No section [staging] in retort.toml; sections in the file: [retort], [production],"
                        + " [reporting]");
    }

    @Test
    void reportsMissingRetortSection() {
        project.config("[tool]\nscript_location = \"x\"\n");

        assertThatThrownBy(project::load)
                .isInstanceOf(ConfigException.class)
                .hasMessage("No section [retort] in retort.toml; sections in the file: [tool]");
    }

    @Test
    void reportsAnEmptyFileAsHavingNoSection() {
        project.config("");

        assertThatThrownBy(project::load)
                .hasMessage("No section [retort] in retort.toml; add a [retort] section with script_location");
    }

    @Test
    void namedSectionNeedsNoRetortSection() {
        project.config("[only]\nscript_location = \"m\"\n");

        assertThat(ConfigLoader.load(project.options().withName("only")).scriptLocation())
                .isEqualTo(project.dir.resolve("m"));
    }

    @Test
    void requiresScriptLocationAndSaysWhichSectionLacksIt() {
        project.config("# settings\n[retort]\nurl = \"sqlite://\"\n");

        assertThatThrownBy(project::load)
                .isInstanceOf(ConfigException.class)
                .hasMessage("retort.toml, line 2: section [retort] has no key 'script_location'; set it to the"
                        + " environment folder, as 'retort init DIR' does");
    }

    @Test
    void rejectsBlankSectionName() {
        assertThatThrownBy(() -> project.options().withName(" "))
                .isInstanceOf(ConfigException.class)
                .hasMessage("-n needs a section name, such as -n production");
        assertThat(project.options().name()).isEqualTo(Optional.empty());
    }
}
