package dev.retort.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What the classes on a class path are, for a cache key: a file compiled against them (the models, the
 * environment hook) is compiled again when they change, as javac copies their constants into it and checks its
 * calls against them. A jar counts by its entries' names, sizes and checksums (read from its directory, not its
 * whole content); a folder by its files' names and contents; a missing entry as missing.
 */
final class ClassPathStamp {

    private ClassPathStamp() {}

    /**
     * Adds the stamp of {@code classPath} to {@code digest}. Entries count by their position and file name, not
     * their whole path, so that a project checked out or copied elsewhere keeps its cache.
     */
    static void update(MessageDigest digest, List<Path> classPath) {
        for (int i = 0; i < classPath.size(); i++) {
            Path entry = classPath.get(i);
            text(digest, "entry " + i + " " + entry.toAbsolutePath().normalize().getFileName());
            try {
                if (Files.isDirectory(entry)) {
                    folder(digest, entry);
                } else if (Files.isRegularFile(entry)) {
                    file(digest, entry);
                } else {
                    text(digest, "missing");
                }
            } catch (IOException e) {
                // Unreadable now: stamped as such, so that it counts as changed once it can be read.
                text(digest, "unreadable " + e.getClass().getName());
            }
        }
    }

    private static void folder(MessageDigest digest, Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            // Not a cache folder inside it, which changes as files are compiled against the folder.
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> !folder.relativize(file).toString().contains(RevisionCompiler.CACHE_FOLDER))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : files) {
            text(digest, "file " + folder.relativize(file));
            digest.update(Files.readAllBytes(file));
        }
    }

    private static void file(MessageDigest digest, Path file) throws IOException {
        try (ZipFile jar = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(jar.entries())) {
                text(digest, entry.getName() + " " + entry.getSize() + " " + entry.getCrc());
            }
        } catch (ZipException notAJar) {
            digest.update(Files.readAllBytes(file));
        }
    }

    private static void text(MessageDigest digest, String text) {
        digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
