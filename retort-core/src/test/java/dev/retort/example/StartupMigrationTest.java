package dev.retort.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.command.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The start-up migration of docs/environment-hook.md ({@link StartupMigration}, word for word) runs the
 * bundled shop example, SQL and Java revisions, through an application's data source.
 */
class StartupMigrationTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "shop");
    private static final Path DOCS = Path.of("..", "docs", "environment-hook.md");

    @TempDir
    Path dir;

    @Test
    void theDocumentedStartupMigrationBringsTheDatabaseToItsHead() throws Exception {
        copy(EXAMPLE, dir);
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve("application.db"));

        RunResult result = StartupMigration.migrate(dataSource, dir.resolve("retort.toml"));

        assertThat(result.rowsAfter()).containsExactly("8b7d2f4c9a08");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM retort_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("8b7d2f4c9a08");
        }
        assertThat(dir.resolve("shop.db")).doesNotExist();
    }

    @Test
    void theDocumentationShowsTheExampleAsItIsTested() throws IOException {
        String example = Files.readString(Path.of("src/test/java/dev/retort/example/StartupMigration.java"));
        String withoutPackage = example.substring(example.indexOf("\n\n") + 2);

        assertThat(javaBlocks(Files.readString(DOCS))).contains(withoutPackage);
    }

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int start = markdown.indexOf("```java\n");
        while (start >= 0) {
            int end = markdown.indexOf("```\n", start + 8);
            blocks.add(markdown.substring(start + 8, end));
            start = markdown.indexOf("```java\n", end);
        }
        return blocks;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            // Not what running the example left there: its database and compiled revisions.
            files.filter(file -> !file.toString().contains("shop.db") && !file.toString().contains(".retort-cache"))
                    .forEach(file -> {
                        try {
                            Path target = to.resolve(from.relativize(file).toString());
                            if (Files.isDirectory(file)) {
                                Files.createDirectories(target);
                            } else {
                                Files.copy(file, target);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }
}
