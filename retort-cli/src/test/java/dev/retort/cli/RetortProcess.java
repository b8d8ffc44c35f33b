package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built {@code retort.jar} as a user would: a separate process, its output and exit status. */
final class RetortProcess {

    /** What one run printed and how it ended. */
    record Run(int exitCode, String stdout, String stderr) {}

    private final Path workingDirectory;
    private final Map<String, String> environment;

    RetortProcess(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    RetortProcess(Path workingDirectory) {
        this(workingDirectory, Map.of());
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("retort.jar", "target/retort.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("retort.jar not built at " + jar + "; run 'mvn verify'");
        }
        return jar;
    }

    Run run(String... arguments) {
        return run(List.of(arguments));
    }

    Run run(List<String> arguments) {
        try {
            Process process = start(arguments);
            CompletableFuture<String> stdout = readAsync(process.getInputStream());
            CompletableFuture<String> stderr = readAsync(process.getErrorStream());
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("retort " + arguments + " did not finish in 2 minutes");
            }
            return new Run(process.exitValue(), stdout.join(), stderr.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts retort with {@code arguments}: the running process, whose output the caller reads. */
    Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("RETORT_CONFIG");
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        return builder.start();
    }

    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
