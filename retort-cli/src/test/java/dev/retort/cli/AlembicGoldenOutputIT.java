package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the commands of every fixture under {@code fixtures/}, in order in one copy of its environment, and
 * compares their whole output with the golden file recorded from Alembic itself on the same revisions
 * ({@code src/test/alembic/record-golden.sh}): graph commands, offline scripts, and migrations run on the
 * fixture's SQLite file followed by {@code current}. The only differences allowed are the ones Alembic
 * leaves to Python's hash order (label sets, branch children, the revisions {@code current} lists), which
 * both sides are normalised for, and the {@code DROP TABLE} of the version table that Alembic 1.8.1 ends
 * a downgrade script to base with and later versions do not (Alembic changelog #1822).
 */
class AlembicGoldenOutputIT {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");

    @TempDir
    static Path workspace;

    @TestFactory
    Stream<DynamicNode> commandsPrintWhatAlembicPrints() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(FIXTURES).sorted()) {
            for (Path fixture : fixtures.toList()) {
                containers.add(DynamicContainer.dynamicContainer(fixture.getFileName().toString(), tests(fixture)));
            }
        }
        return containers.stream();
    }

    private static Stream<DynamicTest> tests(Path fixture) throws IOException {
        Path environment = Files.createDirectories(workspace.resolve(fixture.getFileName().toString()));
        FileTrees.copy(fixture.resolve("env"), environment);
        Path root = environment.toRealPath();
        return Files.readAllLines(fixture.resolve("commands.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String name = line.substring(0, line.indexOf('='));
                    String command = line.substring(line.indexOf('=') + 1);
                    return DynamicTest.dynamicTest(command, () -> compare(root, fixture, name, command));
                });
    }

    private static void compare(Path root, Path fixture, String name, String command) throws IOException {
        String golden = Files.readString(fixture.resolve("golden").resolve(name + ".txt"), StandardCharsets.UTF_8);
        String expected = golden.substring(golden.indexOf('\n') + 1).replace("{root}", root.toString());
        RetortProcess.Run run = new RetortProcess(root).run(Arrays.asList(command.split(" ")));
        // Progress lines, and the warning Alembic gives too (downgrade -N from several current revisions).
        assertThat(run.stderr().lines()).as("stderr of retort %s", command)
                .allMatch(line -> line.startsWith("Running ") || line.startsWith("WARNING: downgrade -"));
        assertThat(run.exitCode()).as("exit status of retort %s", command).isZero();
        assertThat(normalise(command, run.stdout())).as("retort %s", command)
                .isEqualTo(normalise(command, expected.replace(ALEMBIC_1_8_DROP, "")));
    }

    private static final String ALEMBIC_1_8_DROP = "DROP TABLE retort_version;\n\n";

    private static String normalise(String command, String output) {
        return HashOrder.normalise(command.startsWith("current") ? HashOrder.currentEntries(output) : output);
    }
}
