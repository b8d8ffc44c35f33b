package dev.retort.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostWriteHooksTest {

    @TempDir
    Path dir;

    @Test
    void runsAHookThatEditsTheFileInPlace() throws IOException {
        Path file = Files.writeString(dir.resolve("ab12_x.sql"), "-- x\nselect 1;\n");
        HookCommand sed = new HookCommand("uppercase", "sed", List.of("-i", "s/select/SELECT/", "REVISION_SCRIPT_FILENAME"),
                Optional.empty());

        List<HookRun> runs = new PostWriteHooks().run(List.of(sed), file);

        assertThat(Files.readString(file)).isEqualTo("-- x\nSELECT 1;\n");
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.name()).isEqualTo("uppercase");
            assertThat(run.command()).containsExactly("sed", "-i", "s/select/SELECT/", file.toAbsolutePath().toString());
        });
    }

    @Test
    void putsTheFileFirstWhenTheOptionsDoNotNameItAndRunsInTheGivenFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("ab12_x.sql"), "content\n");
        Path cwd = Files.createDirectories(dir.resolve("work"));
        HookCommand copy = new HookCommand("copy", "cp", List.of("copied.sql"), Optional.of(cwd));

        List<HookRun> runs = new PostWriteHooks().run(List.of(copy), file);

        assertThat(runs.get(0).command()).containsExactly("cp", file.toAbsolutePath().toString(), "copied.sql");
        assertThat(cwd.resolve("copied.sql")).hasContent("content");
    }

    @Test
    void runsHooksInOrderAndKeepsTheirOutput() throws IOException {
        Path file = Files.writeString(dir.resolve("f.sql"), "a\n");
        HookCommand first = new HookCommand("first", "sed", List.of("-i", "s/a/b/", "REVISION_SCRIPT_FILENAME"),
                Optional.empty());
        HookCommand second = new HookCommand("second", "cat", List.of(), Optional.empty());

        List<HookRun> runs = new PostWriteHooks().run(List.of(first, second), file);

        assertThat(runs).extracting(HookRun::name).containsExactly("first", "second");
        assertThat(runs.get(1).stdout()).isEqualTo("b\n");
    }

    @Test
    void reportsAHookThatFailsWithItsStatusAndErrorOutput() throws IOException {
        Path file = Files.writeString(dir.resolve("f.sql"), "a\n");
        HookCommand failing = new HookCommand("broken", "sed", List.of("-e", "s/unclosed", "REVISION_SCRIPT_FILENAME"),
                Optional.empty());
        HookCommand never = new HookCommand("never", "touch", List.of(dir.resolve("ran").toString()), Optional.empty());

        assertThatThrownBy(() -> new PostWriteHooks().run(List.of(failing, never), file))
                .isInstanceOfSatisfying(PostWriteHookException.class, e -> {
                    assertThat(e.hookName()).isEqualTo("broken");
                    assertThat(e.exitStatus()).isEqualTo(OptionalInt.of(1));
                    assertThat(e.stderr()).contains("unterminated `s' command");
                    assertThat(e.getMessage()).isEqualTo("Post write hook 'broken' failed with exit status 1:\n"
                            + e.stderr().stripTrailing());
                });
        assertThat(dir.resolve("ran")).doesNotExist();
    }

    @Test
    void reportsAMissingExecutable() throws IOException {
        Path file = Files.writeString(dir.resolve("f.sql"), "a\n");
        HookCommand missing = new HookCommand("format", "no-such-formatter-here", List.of(), Optional.empty());

        assertThatThrownBy(() -> new PostWriteHooks().run(List.of(missing), file))
                .isInstanceOfSatisfying(PostWriteHookException.class, e -> {
                    assertThat(e.exitStatus()).isEmpty();
                    assertThat(e.getMessage()).startsWith("Post write hook 'format' could not run no-such-formatter-here: ")
                            .endsWith("(check its executable)");
                });
    }

    @Test
    void splitsOptionsAsAPosixShellDoes() {
        assertThat(HookCommand.splitOptions("  -l 120 REVISION_SCRIPT_FILENAME  ")).containsExactly("-l", "120",
                "REVISION_SCRIPT_FILENAME");
        assertThat(HookCommand.splitOptions("--config 'my file.toml' \"a \\\"b\\\"\" c\\ d ''"))
                .containsExactly("--config", "my file.toml", "a \"b\"", "c d", "");
        assertThatThrownBy(() -> HookCommand.splitOptions("'open"))
                .hasMessage("Unclosed ' quote in post write hook options: 'open");
    }
}
