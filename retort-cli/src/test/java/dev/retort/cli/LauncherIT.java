package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code retort} script at the checkout's root, as a user runs it. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("..", "retort").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** A link on the PATH to the script, or a link to that link, finds the checkout the script is in. */
    @Test
    void runsThroughSymbolicLinksToIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("retort"), LAUNCHER);
        Path other = Files.createDirectories(dir.resolve("other"));
        Path linkToLink = Files.createSymbolicLink(other.resolve("retort"), Path.of("..", "bin", "retort"));

        for (Path command : List.of(link, linkToLink)) {
            Process process = new ProcessBuilder(command.toString(), "--version").directory(dir.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();
            assertThat(output).as(command.toString()).startsWith("retort ");
        }
    }
}
