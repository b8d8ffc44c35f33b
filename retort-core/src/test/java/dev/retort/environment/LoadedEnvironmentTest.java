package dev.retort.environment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.model.MetaData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands ask of a hook made in code, and a hook method that returns null where it may not. */
class LoadedEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void aDataSourceMethodReturningNullSaysToReturnEmpty() throws IOException {
        LoadedEnvironment environment = LoadedEnvironment.of(config(), new ReturnsNull());

        assertThatThrownBy(environment::database)
                .isInstanceOf(EnvironmentHookException.class)
                .hasMessage("Environment hook ReturnsNull, in dataSource(): returned null; return Optional.empty()"
                        + " to connect to the configured URL");
    }

    @Test
    void aModelsMethodReturningNullSaysToReturnEmpty() throws IOException {
        LoadedEnvironment environment = LoadedEnvironment.of(config(), new ReturnsNull());

        assertThatThrownBy(environment::models)
                .isInstanceOf(EnvironmentHookException.class)
                .hasMessage("Environment hook ReturnsNull, in models(): returned null; return Optional.empty()"
                        + " for the models the configuration names");
    }

    /** A hook whose methods return null instead of an Optional. */
    private static final class ReturnsNull implements EnvironmentHook {
        @Override
        public Optional<DataSource> dataSource(HookContext context) {
            return null;
        }

        @Override
        public Optional<MetaData> models(HookContext context) {
            return null;
        }
    }

    private RetortConfig config() throws IOException {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("retort.toml"), "[retort]\nscript_location = \"migrations\"\n"
                + "url = \"sqlite:///" + dir.resolve("app.db") + "\"\n");
        return ConfigLoader.load(ConfigOptions.defaults(dir, Map.of()));
    }
}
