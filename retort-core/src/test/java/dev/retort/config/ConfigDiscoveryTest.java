package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigDiscoveryTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
        project.config("[retort]\nscript_location = \"from_default\"\n");
        project.write("custom/env.toml", "[retort]\nscript_location = \"from_env_variable\"\n");
        project.write("other/dash_c.toml", "[retort]\nscript_location = \"from_dash_c\"\n");
    }

    @Test
    void loadsRetortTomlFromWorkingDirectory() {
        RetortConfig config = project.load();

        assertThat(config.file()).isEqualTo(project.dir.resolve("retort.toml"));
        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("from_default"));
    }

    @Test
    void prefersRetortConfigVariableOverWorkingDirectory() {
        project.env.put("RETORT_CONFIG", "custom/env.toml");

        RetortConfig config = project.load();

        assertThat(config.file()).isEqualTo(project.dir.resolve("custom/env.toml"));
        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("custom/from_env_variable"));
    }

    @Test
    void prefersDashCOverRetortConfigVariable() {
        project.env.put("RETORT_CONFIG", "custom/env.toml");

        RetortConfig config = ConfigLoader.load(project.options().withConfigFile(Path.of("other/dash_c.toml")));

        assertThat(config.file()).isEqualTo(project.dir.resolve("other/dash_c.toml"));
        assertThat(config.scriptLocation()).isEqualTo(project.dir.resolve("other/from_dash_c"));
    }

    @Test
    void acceptsAbsoluteDashCPath() {
        Path absolute = project.dir.resolve("other/dash_c.toml");

        RetortConfig config = ConfigLoader.load(ConfigOptions.defaults(Path.of("/"), project.env)
                .withConfigFile(absolute));

        assertThat(config.file()).isEqualTo(absolute);
    }

    @Test
    void ignoresBlankRetortConfigVariable() {
        project.env.put("RETORT_CONFIG", "  ");

        assertThat(project.load().file()).isEqualTo(project.dir.resolve("retort.toml"));
    }

    @Test
    void reportsMissingDefaultConfigWithInitHint() throws Exception {
        Files.delete(project.dir.resolve("retort.toml"));

        assertThatThrownBy(project::load)
                .isInstanceOf(ConfigException.class)
                .hasMessage("No config file 'retort.toml' found in " + project.dir
                        + "; run 'retort init DIR' to create one, or pass -c FILE");
    }

    @Test
    void reportsMissingDashCFileSayingWhereItsNameCameFrom() {
        ConfigOptions options = project.options().withConfigFile(Path.of("nowhere/app.toml"));

        assertThatThrownBy(() -> ConfigLoader.load(options))
                .isInstanceOf(ConfigException.class)
                .hasMessage("No config file 'app.toml' found in " + project.dir.resolve("nowhere")
                        + " (given by -c); check the path, or run 'retort init DIR' to create one");
    }

    @Test
    void reportsADashCPathThatIsNoRegularFileAsSuch() {
        ConfigOptions options = project.options().withConfigFile(Path.of("/dev/null"));

        assertThatThrownBy(() -> ConfigLoader.load(options))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Config file /dev/null (given by -c) is not a regular file (a device, pipe or socket);"
                        + " pass the path of a .toml file with -c FILE");
        assertThatThrownBy(() -> ConfigLoader.load(project.options().withConfigFile(Path.of("/"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Config file / (given by -c) is a directory; pass the path of a .toml file with -c FILE");
    }

    @Test
    void reportsMissingFileNamedByRetortConfigVariable() {
        project.env.put("RETORT_CONFIG", "missing.toml");

        assertThatThrownBy(project::load)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("No config file 'missing.toml' found in " + project.dir)
                .hasMessageContaining("(given by $RETORT_CONFIG)")
                .satisfies(e -> assertThat(((ConfigException) e).file()).contains(project.dir.resolve("missing.toml")));
    }

    @Test
    void rejectsDirectoryAsConfigFile() {
        ConfigOptions options = project.options().withConfigFile(Path.of("custom"));

        assertThatThrownBy(() -> ConfigLoader.load(options))
                .isInstanceOf(ConfigException.class)
                .hasMessage("Config file " + project.dir.resolve("custom")
                        + " (given by -c) is a directory; pass the path of a .toml file with -c FILE");
    }

    @Test
    void locatesTheFileThatInitWouldCreateEvenWhenItIsMissing() throws Exception {
        Files.delete(project.dir.resolve("retort.toml"));

        assertThat(ConfigLoader.locate(project.options())).contains(project.dir.resolve("retort.toml"));
    }

    @Test
    void locatesFollowingTheSameOrderAsLoad() {
        project.env.put("RETORT_CONFIG", "custom/env.toml");

        assertThat(ConfigLoader.locate(project.options())).contains(project.dir.resolve("custom/env.toml"));
        assertThat(ConfigLoader.locate(project.options().withConfigFile(Path.of("x/../new.toml"))))
                .contains(project.dir.resolve("new.toml"));
    }
}
