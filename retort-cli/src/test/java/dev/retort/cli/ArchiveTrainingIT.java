package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher trains its class-data archive with {@link ArchiveTraining}: the run does what the command
 * line does, and has loaded the drivers' connection classes for the archive to keep.
 */
class ArchiveTrainingIT {
    @TempDir
    Path dir;

    @Test
    void trainingRunLoadsTheDriversConnectionClassesAndThenRunsTheCommand() throws Exception {
        Path classLog = dir.resolve("classes.log");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-cp", RetortProcess.jar().toString(),
                ArchiveTraining.class.getName(), "--version"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isZero();
        assertThat(output).startsWith("retort ");
        assertThat(Files.readString(classLog)).contains("org.postgresql.core.v3.ConnectionFactoryImpl source:",
                "org.mariadb.jdbc.client.impl.StandardClient source:");
    }
}
