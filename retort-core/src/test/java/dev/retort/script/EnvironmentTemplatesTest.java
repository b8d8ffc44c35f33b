package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.config.ConfigLoader;
import dev.retort.config.ConfigOptions;
import dev.retort.config.RetortConfig;
import dev.retort.script.ScaffoldAction.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTemplatesTest {

    @TempDir
    Path project;

    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.map(root::relativize).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void listsTheTemplatesInOrder() {
        assertThat(EnvironmentTemplates.list()).containsExactly(
                new TemplateInfo("generic", "Generic single-database configuration (Java revisions)."),
                new TemplateInfo("sql", "Single-database configuration with SQL revisions by default."));
    }

    @Test
    void createsTheFolderOfAConfigurationFileNamedElsewhere() throws IOException {
        Path config = project.resolve("elsewhere/retort.toml");
        List<ScaffoldAction> actions = EnvironmentTemplates.scaffold("generic", Path.of("migrations"), config, project);
        assertThat(actions).contains(
                new ScaffoldAction(Kind.CREATED_DIRECTORY, project.resolve("elsewhere")),
                new ScaffoldAction(Kind.GENERATED_FILE, config));
        assertThat(Files.readString(config)).contains("script_location = \"../migrations\"");
    }

    @Test
    void aConfigurationThatCannotBeWrittenLeavesNothingOfTheEnvironmentBehind() throws IOException {
        Files.createSymbolicLink(project.resolve("gone"), project.resolve("nowhere"));
        Path config = project.resolve("gone/retort.toml");

        assertThatThrownBy(() -> EnvironmentTemplates.scaffold("generic", Path.of("migrations"), config, project))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("Cannot create the environment in " + project.resolve("migrations") + ": ")
                .hasMessageEndingWith("; nothing was left behind");
        assertThat(tree(project)).containsExactly(Path.of(""), Path.of("gone"));
    }

    @Test
    void aFailureLeavesNoneOfTheFoldersAboveTheEnvironmentItCreated() throws IOException {
        Files.createSymbolicLink(project.resolve("gone"), project.resolve("nowhere"));
        Path config = project.resolve("gone/retort.toml");

        assertThatThrownBy(() -> EnvironmentTemplates.scaffold("generic", Path.of("a/b/migrations"), config, project))
                .isInstanceOf(ScriptException.class)
                .hasMessageEndingWith("; nothing was left behind");
        assertThat(tree(project)).containsExactly(Path.of(""), Path.of("gone"));
    }

    /** The configuration names the folder as written: a "${" in its name is not read as a variable. */
    @Test
    void aFolderNamedWithWhatLooksLikeAVariableIsNamedAsItIs() throws IOException {
        EnvironmentTemplates.scaffold("generic", Path.of("we\\ird ${X}"), project.resolve("retort.toml"), project);

        assertThat(Files.readString(project.resolve("retort.toml")))
                .contains("script_location = \"we\\\\ird $${X}\"");
        RetortConfig config = ConfigLoader.load(ConfigOptions.defaults(project, Map.of()));
        assertThat(config.scriptLocation()).isEqualTo(project.resolve("we\\ird ${X}"));
    }

    @Test
    void reportsTheEnvironmentsFolderOnceThoughFoldersAboveItWereCreated() {
        List<ScaffoldAction> actions = EnvironmentTemplates.scaffold(
                "generic", Path.of("a/b/migrations"), project.resolve("retort.toml"), project);
        assertThat(actions).filteredOn(action -> action.kind() == Kind.CREATED_DIRECTORY)
                .extracting(ScaffoldAction::path)
                .containsExactly(project.resolve("a/b/migrations"), project.resolve("a/b/migrations/versions"));
    }

    @Test
    void scaffoldsTheEnvironmentAndTheConfiguration() throws IOException {
        List<ScaffoldAction> actions = EnvironmentTemplates.scaffold("generic", Path.of("migrations"),
                Path.of("retort.toml"), project);

        Path dir = project.resolve("migrations");
        assertThat(actions).containsExactly(
                new ScaffoldAction(Kind.CREATED_DIRECTORY, dir),
                new ScaffoldAction(Kind.CREATED_DIRECTORY, dir.resolve("versions")),
                new ScaffoldAction(Kind.GENERATED_FILE, dir.resolve("README.md")),
                new ScaffoldAction(Kind.GENERATED_FILE, dir.resolve("script.java.mustache")),
                new ScaffoldAction(Kind.GENERATED_FILE, dir.resolve("script.sql.mustache")),
                new ScaffoldAction(Kind.GENERATED_FILE, dir.resolve("Environment.java")),
                new ScaffoldAction(Kind.GENERATED_FILE, project.resolve("retort.toml")));
        assertThat(actions.get(0).description()).isEqualTo("Creating directory " + dir);
        assertThat(actions.get(2).description()).isEqualTo("Generating " + dir.resolve("README.md"));
        assertThat(tree(project)).containsExactly(Path.of(""), Path.of("migrations"),
                Path.of("migrations/Environment.java"), Path.of("migrations/README.md"),
                Path.of("migrations/script.java.mustache"), Path.of("migrations/script.sql.mustache"),
                Path.of("migrations/versions"), Path.of("retort.toml"));
        String config = Files.readString(project.resolve("retort.toml"));
        assertThat(config).contains("[retort]\n", "\nscript_location = \"migrations\"\n",
                "\n# version_locations = [\"migrations/versions\"]\n", "\nurl = \"${DATABASE_URL:-sqlite:///retort.db}\"\n",
                "\n# revision_format = \"java\"\n", "# file_template = \"{rev}_{slug}\"", "# truncate_slug_length = 40",
                "# timezone = ", "# version_table = \"retort_version\"", "# version_table_schema",
                "# transaction_per_migration = false", "# [[retort.post_write_hooks]]");
        assertThat(Files.readString(dir.resolve("README.md"))).contains("## SQL revisions", "messageAsJavadoc");
    }

    /** As the resolver, and Alembic: a prefix shorter than four characters names the one id it starts. */
    @Test
    void theReadmeSaysAnyUniquePrefixNamesARevision() throws IOException {
        EnvironmentTemplates.scaffold("generic", Path.of("migrations"), Path.of("retort.toml"), project);

        assertThat(Files.readString(project.resolve("migrations/README.md")).replace('\n', ' '))
                .contains("by any prefix of an id that no other id starts with, however short,")
                .doesNotContain("four or more");
    }

    @Test
    void theSqlTemplateMakesSqlTheDefaultFormat() throws IOException {
        EnvironmentTemplates.scaffold("sql", project.resolve("db/migrations"), project.resolve("retort.toml"), project);

        String config = Files.readString(project.resolve("retort.toml"));
        assertThat(config).contains("\nscript_location = \"db/migrations\"\n", "\nrevision_format = \"sql\"\n")
                .doesNotContain("# revision_format");
    }

    @Test
    void writesScriptLocationRelativeToTheConfigurationsFolder() throws IOException {
        Path config = Files.createDirectories(project.resolve("conf")).resolve("retort.toml");

        EnvironmentTemplates.scaffold("generic", Path.of("alembic"), config, project);

        assertThat(Files.readString(config)).contains("\nscript_location = \"../alembic\"\n");
    }

    @Test
    void keepsAnExistingConfiguration() throws IOException {
        Path config = Files.writeString(project.resolve("retort.toml"), "[retort]\nscript_location = \"old\"\n");

        List<ScaffoldAction> actions = EnvironmentTemplates.scaffold("generic", Path.of("migrations"), config, project);

        assertThat(actions.get(actions.size() - 1)).isEqualTo(new ScaffoldAction(Kind.SKIPPED_EXISTING, config));
        assertThat(actions.get(actions.size() - 1).description()).isEqualTo("File " + config + " already exists, skipping");
        assertThat(Files.readString(config)).isEqualTo("[retort]\nscript_location = \"old\"\n");
    }

    @Test
    void usesAnExistingEmptyDirectory() throws IOException {
        Path dir = Files.createDirectories(project.resolve("migrations"));

        List<ScaffoldAction> actions = EnvironmentTemplates.scaffold("generic", dir, project.resolve("retort.toml"), project);

        assertThat(actions.get(0)).isEqualTo(new ScaffoldAction(Kind.CREATED_DIRECTORY, dir.resolve("versions")));
    }

    @Test
    void refusesANonEmptyDirectoryBeforeWritingAnything() throws IOException {
        Path dir = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(dir.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> EnvironmentTemplates.scaffold("generic", dir, project.resolve("retort.toml"), project))
                .isInstanceOf(ScriptException.class)
                .hasMessage("Directory " + dir + " already exists and is not empty");
        assertThat(tree(project)).containsExactly(Path.of(""), Path.of("migrations"), Path.of("migrations/keep.txt"));
    }

    @Test
    void refusesAnUnknownTemplateBeforeWritingAnything() throws IOException {
        assertThatThrownBy(() -> EnvironmentTemplates.scaffold("multidb", Path.of("m"), Path.of("retort.toml"), project))
                .isInstanceOf(ScriptException.class)
                .hasMessage("No such template 'multidb'; available: generic, sql (for several databases, give each a"
                        + " section of retort.toml and its own script_location, and choose it with -n NAME)");
        assertThat(tree(project)).containsExactly(Path.of(""));
    }

    @Test
    void refusesAFileWhereTheDirectoryShouldBe() throws IOException {
        Path file = Files.writeString(project.resolve("migrations"), "");

        assertThatThrownBy(() -> EnvironmentTemplates.scaffold("generic", file, Path.of("retort.toml"), project))
                .hasMessage(file + " exists and is not a directory");
    }
}
