package dev.retort.example;

import dev.retort.command.MigrationCommands;
import dev.retort.command.RunResult;
import dev.retort.command.ScriptCatalog;
import dev.retort.compile.RevisionCompiler;
import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.environment.LoadedEnvironment;
import dev.retort.hook.EnvironmentHook;
import dev.retort.hook.HookContext;
import dev.retort.runtime.MigrationListener;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;

/** Brings the application's database to its head revisions as the application starts. */
final class StartupMigration {
    private static final System.Logger LOG = System.getLogger("migrations");

    private StartupMigration() {}

    /** {@code configFile} is the retort.toml the application ships beside its migrations folder. */
    static RunResult migrate(DataSource dataSource, Path configFile) {
        RetortConfig config = ConfigLoader.load(ConfigOptions.defaults(configFile.getParent(), System.getenv())
                .withConfigFile(configFile));
        ScriptCatalog catalog = ScriptCatalog.load(config);
        Path cache = config.scriptLocation().resolve(RevisionCompiler.CACHE_FOLDER);
        RevisionCompiler compiler = new RevisionCompiler(cache);
        MigrationListener listener = (step, line) -> LOG.log(System.Logger.Level.INFO, line);
        MigrationCommands commands = new MigrationCommands(catalog,
                LoadedEnvironment.of(config, new ApplicationHook(dataSource)), compiler::loadWithoutCompilingPlain,
                listener);
        return commands.upgrade("heads", Optional.empty());
    }

    /** The application's connection pool in place of the configured URL. */
    private static final class ApplicationHook implements EnvironmentHook {
        private final DataSource dataSource;

        ApplicationHook(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public Optional<DataSource> dataSource(HookContext context) {
            return Optional.of(dataSource);
        }
    }
}
