package dev.retort.environment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.hook.SchemaObject;
import dev.retort.model.MetaData;
import dev.retort.schema.QualifiedName;
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

    @Test
    void anAssertionErrorOfTheHookIsReportedWithTheMethodAndLine() throws IOException {
        LoadedEnvironment environment = LoadedEnvironment.of(config(), new Throwing());
        SchemaObject table = new SchemaObject(SchemaObject.Kind.TABLE, QualifiedName.of("t"), "t", false);

        assertThatThrownBy(() -> environment.filter().includes(table))
                .isInstanceOf(EnvironmentHookException.class)
                .hasMessageStartingWith("Environment hook Throwing, in includeObject(): threw java.lang.AssertionError:"
                        + " unexpected TABLE (at LoadedEnvironmentTest.java:");
    }

    @Test
    void aCheckedExceptionThrownUndeclaredIsReportedWithTheMethod() throws IOException {
        LoadedEnvironment environment = LoadedEnvironment.of(config(), new Throwing());

        assertThatThrownBy(environment::database)
                .isInstanceOf(EnvironmentHookException.class)
                .hasMessageStartingWith("Environment hook Throwing, in dataSource(): threw java.io.IOException:"
                        + " no secrets file");
    }

    @Test
    void anOutOfMemoryErrorIsNotTakenForTheHooksOwnFailure() throws IOException {
        LoadedEnvironment environment = LoadedEnvironment.of(config(), new Throwing());

        assertThatThrownBy(environment::models).isInstanceOf(OutOfMemoryError.class);
    }

    /** A hook whose methods throw what they do not declare, or what a hook does not cause. */
    private static final class Throwing implements EnvironmentHook {
        @Override
        public boolean includeObject(SchemaObject object) {
            throw new AssertionError("unexpected " + object.kind());
        }

        @Override
        public Optional<DataSource> dataSource(HookContext context) {
            return Throwing.<RuntimeException>sneaky(new IOException("no secrets file"));
        }

        @Override
        public Optional<MetaData> models(HookContext context) {
            throw new OutOfMemoryError("Java heap space");
        }

        @SuppressWarnings("unchecked")
        private static <E extends Exception> Optional<DataSource> sneaky(Exception e) throws E {
            throw (E) e;
        }
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
