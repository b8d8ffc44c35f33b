package dev.retort.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folder of compiled revisions: one sub-folder per cache key holding the class files of one revision
 * file, and short-lived {@code .batch-*} folders that javac writes into.
 *
 * <p>An entry appears in one atomic rename of a complete folder, so another process sharing the cache
 * sees either all of an entry's class files or none; if two processes compile the same file at once, the
 * first rename wins and the other's copy is thrown away.
 */
final class ClassCache {
    private static final String BATCH_PREFIX = ".batch-";
    private static final Duration ABANDONED_BATCH_AGE = Duration.ofDays(1);

    private final Path directory;

    ClassCache(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path entry(String key) {
        return directory.resolve(key);
    }

    boolean contains(String key) {
        return Files.isDirectory(entry(key));
    }

    /** A new, empty folder for one javac batch, on the cache's file system so that entries can be renamed. */
    Path newBatch() {
        try {
            Files.createDirectories(directory);
            return Files.createTempDirectory(directory, BATCH_PREFIX);
        } catch (IOException e) {
            throw unusable(e);
        }
    }

    /** Moves a complete folder of class files into place as the entry for {@code key}. */
    void commit(Path classes, String key) {
        try {
            if (!Files.isDirectory(classes)) {
                Files.createDirectories(classes);
            }
            Files.move(classes, entry(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The rename fails when another process committed the same key first (how it fails differs by
            // file system); its classes are the same, so only a missing entry is an error.
            if (!contains(key)) {
                throw unusable(e);
            }
        }
    }

    /**
     * Deletes the entries whose key is not in {@code keep}, and batch folders abandoned by processes that
     * died; returns how many entries were deleted. Folders not named like a key are left alone.
     */
    int prune(Set<String> keep) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant abandoned = Instant.now().minus(ABANDONED_BATCH_AGE);
        int deleted = 0;
        for (Path child : children(directory)) {
            String name = child.getFileName().toString();
            if (CacheKeys.isKey(name) && !keep.contains(name)) {
                deleteTree(child);
                deleted++;
            } else if (name.startsWith(BATCH_PREFIX) && modifiedBefore(child, abandoned)) {
                deleteTree(child);
            }
        }
        return deleted;
    }

    /** Deletes a folder and everything in it; a file already gone is no error. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (NoSuchFileException e) {
            // Already deleted.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean modifiedBefore(Path path, Instant instant) {
        try {
            return Files.getLastModifiedTime(path).compareTo(FileTime.from(instant)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private CompileException unusable(IOException e) {
        return new CompileException("Cannot write compiled revisions to the cache directory " + directory + " ("
                + e + "); make it writable or choose another cache directory", e);
    }
}
