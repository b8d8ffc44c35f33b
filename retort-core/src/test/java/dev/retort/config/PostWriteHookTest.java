package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.script.EnvironmentTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostWriteHookTest {
    @TempDir
    Path tmp;
    ConfigFixture project;

    @BeforeEach
    void setUp() {
        project = new ConfigFixture(tmp);
    }

    private List<PostWriteHook> hooks(String tables) {
        project.config("[retort]\nscript_location = \"m\"\n\n" + tables);
        return project.load().postWriteHooks();
    }

    @Test
    void theScaffoldedConfigsHookExampleIsAHookOnceUncommented() throws IOException {
        EnvironmentTemplates.scaffold("generic", tmp.resolve("migrations"), tmp.resolve("retort.toml"), tmp);
        Path config = tmp.resolve("retort.toml");
        String text = Files.readString(config);
        int start = text.indexOf("# [[retort.post_write_hooks]]");
        int blank = text.indexOf("\n\n", start);
        String example = text.substring(start, blank < 0 ? text.length() : blank);

        Files.writeString(config, text.replace(example, example.replace("# ", "")));

        assertThat(project.load().postWriteHooks()).singleElement().satisfies(hook -> {
            assertThat(hook.name()).isEqualTo("format");
            assertThat(hook.executable()).contains("google-java-format");
        });
    }

    @Test
    void readsExecHooksInOrder() {
        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "format"
                type = "exec"
                executable = "google-java-format"
                options = "--replace REVISION_SCRIPT_FILENAME"

                [[retort.post_write_hooks]]
                name = "lint"
                type = "exec"
                executable = "/usr/bin/lint"
                cwd = "tools"
                """);

        assertThat(hooks).containsExactly(
                new PostWriteHook("format", "exec", Optional.of("google-java-format"),
                        List.of("--replace", "REVISION_SCRIPT_FILENAME"), Optional.empty()),
                new PostWriteHook("lint", "exec", Optional.of("/usr/bin/lint"), List.of("REVISION_SCRIPT_FILENAME"),
                        Optional.of(project.dir.resolve("tools"))));
    }

    @Test
    void putsTheFilePlaceholderFirstWhenOptionsLackItAsAlembicDoes() {
        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "exec"
                executable = "fmt"
                options = "-l 100"
                """);

        assertThat(hooks.get(0).options()).containsExactly("REVISION_SCRIPT_FILENAME", "-l", "100");
        assertThat(hooks.get(0).options()).containsExactly("REVISION_SCRIPT_FILENAME", "-l", "100");
    }

    @Test
    void splitsOptionsAsAShellWould() {
        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "exec"
                executable = "fmt"
                options = "--config 'my file.xml' --out=\\"REVISION_SCRIPT_FILENAME.bak\\" a\\\\ b"
                """);

        assertThat(hooks.get(0).options())
                .containsExactly("--config", "my file.xml", "--out=REVISION_SCRIPT_FILENAME.bak", "a b");
    }

    @Test
    void takesOptionsGivenAsAnArrayAsTheyAre() {
        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "exec"
                executable = "fmt"
                options = ["--style", "two words", "REVISION_SCRIPT_FILENAME"]
                """);

        assertThat(hooks.get(0).options()).containsExactly("--style", "two words", "REVISION_SCRIPT_FILENAME");
    }

    @Test
    void readsConsoleHooksThatRunTheirNameOrExecutable() {
        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "spotless"
                type = "console"

                [[retort.post_write_hooks]]
                name = "black"
                type = "console"
                entrypoint = "black-java"
                """);

        assertThat(hooks).extracting(PostWriteHook::command).containsExactly("spotless", "black-java");
        assertThat(hooks.get(0).executable()).isEmpty();
    }

    @Test
    void expandsVariablesInHooks() {
        project.env.put("FORMATTER", "/opt/fmt");

        List<PostWriteHook> hooks = hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "exec"
                executable = "${FORMATTER}"
                """);

        assertThat(hooks.get(0).executable()).contains("/opt/fmt");
    }

    @Test
    void requiresTypeAsAlembicDoes() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"black\"\nexecutable = \"b\"\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("retort.toml, line 4: Key 'type' is required for post write hook 'black'");
                    assertThat(e.key()).contains("post_write_hooks[0]");
                });
    }

    /** As for the section's keys: a typo would leave the setting at its default without a word. */
    @Test
    void aHookKeySpelledAlmostLikeOneRetortReadsIsNamedWithItsLineAndTheKeyItMayMean() {
        project.config("""
                [retort]
                script_location = "m"

                [[retort.post_write_hooks]]
                name = "format"
                type = "exec"
                executable = "google-java-format"
                option = "--replace"
                cdw = "tools"

                [[retort.post_write_hooks]]
                name = "lint"
                type = "console"
                options = "--fix"
                Options = "--quiet"
                extra = "left alone"
                """);

        RetortConfig config = project.load();

        assertThat(config.postWriteHooks().get(0).options()).containsExactly("REVISION_SCRIPT_FILENAME");
        assertThat(config.warnings()).containsExactly(
                "retort.toml, line 8: key 'option' of post write hook 'format' is not one retort reads, so 'options'"
                        + " keeps its default; did you mean 'options'?",
                "retort.toml, line 9: key 'cdw' of post write hook 'format' is not one retort reads, so 'cwd'"
                        + " keeps its default; did you mean 'cwd'?");
    }

    @Test
    void aMissingHookKeyNamesTheKeyThatMayBeItMisspelled() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"black\"\ntpye = \"exec\"\n"))
                .hasMessage("retort.toml, line 4: Key 'type' is required for post write hook 'black'"
                        + " (retort.toml, line 6: 'tpye' may be it, misspelled)");
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nnam = \"fmt\"\ntype = \"console\"\n"))
                .hasMessage("retort.toml, line 4: Key 'name' is required for post write hook 1"
                        + " (retort.toml, line 5: 'nam' may be it, misspelled)");
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"fmt\"\ntype = \"exec\"\n"
                + "executible = \"f\"\n"))
                .hasMessage("retort.toml, line 4: Key 'executable' is required for post write hook 'fmt'"
                        + " (retort.toml, line 7: 'executible' may be it, misspelled)");
    }

    @Test
    void requiresExecutableForExecHooks() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"fmt\"\ntype = \"exec\"\n"))
                .hasMessage("retort.toml, line 4: Key 'executable' is required for post write hook 'fmt'");
    }

    @Test
    void requiresName() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\ntype = \"console\"\n"))
                .hasMessage("retort.toml, line 4: Key 'name' is required for post write hook 1");
    }

    @Test
    void rejectsUnknownType() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"fmt\"\ntype = \"module\"\n"))
                .hasMessage("retort.toml, line 6: No post write hook type 'module' for hook 'fmt'; use 'exec' or"
                        + " 'console'");
    }

    @Test
    void rejectsTwoHooksWithTheSameName() {
        assertThatThrownBy(() -> hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "console"

                [[retort.post_write_hooks]]
                name = "fmt"
                type = "console"
                """))
                .hasMessage("retort.toml, line 8: post write hook name 'fmt' is used twice (also at retort.toml,"
                        + " line 4); give each hook its own name");
    }

    @Test
    void rejectsHooksWrittenAsOneTable() {
        assertThatThrownBy(() -> hooks("[retort.post_write_hooks]\nname = \"fmt\"\n"))
                .hasMessage("retort.toml, line 4: key 'post_write_hooks' must be an array of tables, not a table;"
                        + " write one [[retort.post_write_hooks]] table per hook");
    }

    @Test
    void rejectsOptionsWithAnOpenQuote() {
        assertThatThrownBy(() -> hooks("""
                [[retort.post_write_hooks]]
                name = "fmt"
                type = "exec"
                executable = "fmt"
                options = "--x 'open"
                """))
                .hasMessage("retort.toml, line 8: key 'options' of post write hook 'fmt' can't be split into words:"
                        + " a single quote is not closed");
    }

    @Test
    void rejectsKeysOfTheWrongType() {
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = \"fmt\"\ntype = \"exec\"\n"
                + "executable = \"f\"\noptions = [\"-a\", 1]\n"))
                .hasMessage("retort.toml, line 8: key 'post_write_hooks[0].options' must be a string or an array"
                        + " of strings; element 1 is an integer");
        assertThatThrownBy(() -> hooks("[[retort.post_write_hooks]]\nname = 7\n"))
                .hasMessage("retort.toml, line 5: key 'post_write_hooks[0].name' must be a string, not an integer");
    }

    @Test
    void refusesToBuildAnExecHookWithoutExecutable() {
        assertThatThrownBy(() -> new PostWriteHook("x", "exec", Optional.empty(), List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
