package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PreloadTest {

    /** The configuration options picocli parses from the arguments, as a run's main thread has them. */
    private static ConfigOptions parsed(String... args) {
        RetortCommand root = new RetortCommand();
        CommandLine commandLine = new CommandLine(root);
        Subcommands.register(commandLine, args);
        commandLine.setUnmatchedOptionsArePositionalParams(true);
        commandLine.setAbbreviatedOptionsAllowed(true);
        commandLine.setExpandAtFiles(false);
        commandLine.parseArgs(args);
        return root.configOptions();
    }

    @Test
    void theUsualFormsAreReadAsPicocliReadsThem() {
        List<String[]> commandLines = List.of(
                new String[] {"heads"},
                new String[] {"--url", "sqlite:///a.db", "upgrade", "head"},
                new String[] {"upgrade", "head", "--url=postgresql://u@h/db", "-x", "tenant=a", "-x", "b"},
                new String[] {"-c", "other.toml", "-n", "production", "current", "-v"},
                new String[] {"--config=other.toml", "--name", "staging", "-q", "history", "-r", "base:head"},
                new String[] {"revision", "-m", "add accounts", "--autogenerate"},
                new String[] {"--conf", "other.toml", "--na=staging", "heads"},
                new String[] {"--url", "@url.txt", "revision", "-m", "@team"});
        for (String[] args : commandLines) {
            assertThat(Preload.options(args)).as(String.join(" ", args)).contains(parsed(args));
        }
    }

    @Test
    void formsNotReadHereGiveNoOptionsRatherThanWrongOnes() {
        assertThat(Preload.options("-cother.toml", "heads")).isEmpty();
        assertThat(Preload.options("-qc", "other.toml", "heads")).isEmpty();
        assertThat(Preload.options("-xtenant=a", "heads")).isEmpty();
        assertThat(Preload.options("heads", "--url")).isEmpty();
        assertThat(Preload.options("revision", "--", "-m")).isEmpty();
    }

    @Test
    void whatWasReadIsTakenOnlyWithTheOptionsAndConfigurationItWasReadWith(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("retort.toml");
        Files.writeString(config, "[retort]\nscript_location = \"" + dir.resolve("migrations").toString()
                .replace("\\", "\\\\") + "\"\n");
        Files.createDirectories(dir.resolve("migrations/versions"));
        String[] args = {"-c", config.toString(), "heads"};

        Preload preload = Preload.start(args);
        RetortConfig preloaded = preload.config(parsed(args)).orElseThrow();

        assertThat(preload.catalog(preloaded)).isPresent();
        assertThat(preload.config(parsed("-c", config.toString(), "-x", "a=b", "heads"))).isEmpty();
        RetortConfig readAgain = ConfigLoader.load(parsed(args));
        assertThat(preload.catalog(readAgain)).isEmpty();
    }

    @Test
    void xArgumentsInAnotherOrderAreOtherOptions(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("retort.toml");
        Files.writeString(config, "[retort]\nscript_location = \"" + dir.resolve("migrations").toString()
                .replace("\\", "\\\\") + "\"\n");
        Preload preload = Preload.start("-c", config.toString(), "-x", "a=1", "-x", "b=2", "heads");

        assertThat(preload.config(parsed("-c", config.toString(), "-x", "b=2", "-x", "a=1", "heads"))).isEmpty();
        assertThat(preload.config(parsed("-c", config.toString(), "-x", "a=1", "-x", "b=2", "heads"))).isPresent();
    }

    @Test
    void commandsThatReadNoConfigurationPreloadNothing() {
        assertThat(Preload.start("init", "somewhere")).isSameAs(Preload.none());
        assertThat(Preload.start("list-templates")).isSameAs(Preload.none());
        assertThat(Preload.start("heads")).isNotSameAs(Preload.none());
    }

    @Test
    void aRunThatNamesNoCommandPreloadsNothing() {
        assertThat(Preload.start("--help")).isSameAs(Preload.none());
    }
}
