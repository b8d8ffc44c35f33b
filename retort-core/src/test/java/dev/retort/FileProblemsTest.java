package dev.retort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
    @TempDir
    Path root;

    @Test
    void namesTheProblemThatTheJdkLeavesToTheExceptionsClass() {
        assertThat(FileProblems.describe(new AccessDeniedException("/srv/app/migrations")))
                .isEqualTo("permission denied: /srv/app/migrations");
        assertThat(FileProblems.describe(new FileSystemException("/a", "/b", "Read-only file system")))
                .isEqualTo("Read-only file system: /a -> /b");
        assertThat(FileProblems.describe(new IOException("disk on fire"))).isEqualTo("disk on fire");
    }

    @Test
    void describesWhatTheFileSystemReallyThrows() {
        Path missing = root.resolve("nowhere/file.txt");

        IOException thrown = null;
        try {
            Files.writeString(missing, "x");
        } catch (IOException e) {
            thrown = e;
        }

        assertThat(thrown).isNotNull();
        assertThat(FileProblems.describe(thrown)).isEqualTo("no such file or folder: " + missing);
    }
}
