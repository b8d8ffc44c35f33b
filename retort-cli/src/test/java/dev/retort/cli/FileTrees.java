package dev.retort.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies a fixture folder into a test's temporary folder. */
final class FileTrees {

    private FileTrees() {}

    static void copy(Path source, Path target) throws IOException {
        copy(source, target, path -> true);
    }

    /** Copies the files and folders {@code keep} accepts (given their path in {@code source}). */
    static void copy(Path source, Path target, Predicate<Path> keep) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            paths.filter(path -> keep.test(source.relativize(path))).forEach(path -> {
                Path destination = target.resolve(source.relativize(path).toString());
                try {
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
