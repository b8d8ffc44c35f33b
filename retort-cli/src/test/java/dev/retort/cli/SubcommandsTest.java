package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {

    @Test
    void eachNameIsTheNameItsCommandDeclares() {
        CommandLine all = new CommandLine(new RetortCommand());
        Subcommands.register(all);
        assertThat(all.getSubcommands().values().stream().distinct().map(command -> command.getCommandSpec().name()))
                .containsExactlyElementsOf(Subcommands.names());
    }

    @Test
    void alembicsUnderscoreNamesAreAliasesOfTheHyphenatedCommands() {
        assertThat(Subcommands.named("-q", "list_templates")).contains("list-templates");
        assertThat(Subcommands.named("ensure_version", "--sql")).contains("ensure-version");
        CommandLine one = new CommandLine(new RetortCommand());
        Subcommands.register(one, "ensure_version");
        assertThat(one.getSubcommands()).containsOnlyKeys("ensure-version", "ensure_version");
        assertThat(one.getSubcommands().get("ensure_version").getCommandSpec().name()).isEqualTo("ensure-version");
    }

    @Test
    void theNamedCommandIsTheFirstArgumentThatIsNoOptionNorItsValue() {
        assertThat(Subcommands.named("-c", "heads", "--url", "upgrade", "-x", "a=b", "-q", "current", "-v"))
                .contains("current");
        assertThat(Subcommands.named("--config=retort.toml", "upgrade", "head")).contains("upgrade");
        assertThat(Subcommands.named("--conf", "current", "heads")).as("--conf is --config").contains("heads");
        assertThat(Subcommands.named("--n", "current", "--q", "upgrade")).contains("upgrade");
        assertThat(Subcommands.named("--help")).isEmpty();
        assertThat(Subcommands.named("frobnicate", "heads")).isEmpty();
    }

    @Test
    void aRunRegistersOnlyTheCommandItRuns() {
        CommandLine one = new CommandLine(new RetortCommand());
        Subcommands.register(one, "-q", "heads", "--verbose");
        assertThat(one.getSubcommands().keySet()).containsExactly("heads");

        CommandLine version = new CommandLine(new RetortCommand());
        Subcommands.register(version, "--version");
        assertThat(version.getSubcommands()).isEmpty();
        assertThat(Optional.of(version.getCommandSpec().name())).contains("retort");
    }
}
