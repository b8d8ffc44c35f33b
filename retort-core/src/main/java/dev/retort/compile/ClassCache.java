package dev.retort.compile;

import dev.retort.FileProblems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The folder of compiled revisions: one jar per cache key, {@code <key>.jar}, holding the class files of one
 * source file by simple name ({@code Step1.class}, {@code Step1$Helper.class}), and short-lived
 * {@code .batch-*} files being written.
 *
 * <p>An entry appears in one atomic rename of a complete file, so another process sharing the cache sees
 * either all of an entry's classes or none; if two processes compile the same file at once, both write the
 * same classes and either rename may win. One file per entry, rather than a folder of class files, keeps
 * a batch of a thousand revisions to a thousand file writes and the loading of it to a thousand reads.
 */
final class ClassCache {
    private static final String ENTRY_SUFFIX = ".jar";
    private static final String CLASS_SUFFIX = ".class";
    private static final String BATCH_PREFIX = ".batch-";
    /**
     * A batch file is written at once and renamed into an entry within milliseconds; one this old was left by a
     * process that died in between (clocks of hosts that share the cache may differ by a few minutes).
     */
    private static final Duration ABANDONED_BATCH_AGE = Duration.ofMinutes(10);
    /** How every jar begins: a local file header, or the end record of a jar without entries. */
    private static final List<String> JAR_MAGIC = List.of("PK\u0003\u0004", "PK\u0005\u0006");
    private static final AtomicLong BATCHES = new AtomicLong();
    /** The length of a jar's end record when the jar has no comment, as the entries written here have not. */
    private static final int END_RECORD_LENGTH = 22;
    private static final String CACHE_ADVICE = "make it writable for this user, or run 'retort compile' once as a"
            + " user who may write it (in a build step, say), so that runs find everything compiled";

    private final Path directory;
    /** Classes a run compiled but could not write to the folder, by key: they serve this process only. */
    private final Map<String, Map<String, byte[]>> keptInMemory = new ConcurrentHashMap<>();

    ClassCache(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    Path entry(String key) {
        return directory.resolve(key + ENTRY_SUFFIX);
    }

    boolean contains(String key) {
        return keptInMemory.containsKey(key) || Files.isRegularFile(entry(key));
    }

    /** The classes for {@code key}, by simple name: kept in memory, or read from its entry as {@link #classesIn}. */
    Map<String, byte[]> classesOf(String key) throws IOException {
        Map<String, byte[]> kept = keptInMemory.get(key);
        return kept != null ? kept : classesIn(entry(key));
    }

    /** Deletes the entry for {@code key}, if there is one. */
    void delete(String key) {
        keptInMemory.remove(key);
        deleteIfPresent(entry(key));
    }

    /** Deletes the entry for {@code key} if it is there but cannot be read as a jar of classes. */
    void deleteIfUnreadable(String key) {
        if (keptInMemory.containsKey(key) || !Files.isRegularFile(entry(key))) {
            return;
        }
        try {
            classesIn(entry(key));
        } catch (IOException e) {
            delete(key);
        }
    }

    /**
     * Like {@link #commit}, except that classes the folder cannot take (a read-only checkout, a full disk) are
     * kept in memory for this process, as Python runs a module whose bytecode it cannot write; returns then why
     * they could not be written.
     */
    Optional<String> commitOrKeep(String key, Map<String, byte[]> classes) {
        try {
            write(key, classes);
            return Optional.empty();
        } catch (IOException e) {
            keptInMemory.put(key, Map.copyOf(classes));
            return Optional.of("Cannot write compiled revisions to the cache directory " + directory + " ("
                    + FileProblems.describe(e) + "): this run keeps them in memory, and the next compiles them again; "
                    + advice());
        }
    }

    /** Writes the classes of one source file, by simple name, as the entry for {@code key}. */
    void commit(String key, Map<String, byte[]> classes) {
        try {
            write(key, classes);
        } catch (IOException e) {
            throw new CompileException("Cannot write compiled revisions to the cache directory " + directory + " ("
                    + FileProblems.describe(e) + "); " + advice(), e);
        }
    }

    /** What to do about a folder that cannot take the classes. */
    private String advice() {
        return Files.exists(directory) && !Files.isDirectory(directory)
                ? "it is a file, not a folder: remove it, and it is made again as a folder"
                : CACHE_ADVICE;
    }

    /** Writes the entry; fails only if it cannot, and no other process has written the same key meanwhile. */
    private void write(String key, Map<String, byte[]> classes) throws IOException {
        Path partial = null;
        try {
            Files.createDirectories(directory);
            // Created as any file is (the umask decides), not private as a temporary file would be: a cache
            // compiled in a build step is read by whoever runs the revisions.
            partial = directory.resolve(BATCH_PREFIX + key + "-" + ProcessHandle.current().pid() + "-"
                    + BATCHES.incrementAndGet() + ENTRY_SUFFIX);
            Files.write(partial, jar(classes), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(partial, entry(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteIfPresent(partial);
            // Another process may have committed the same key (same classes) while this one failed.
            if (!Files.isRegularFile(entry(key))) {
                throw e;
            }
        }
    }

    /** The classes of an entry, by simple name; a file that is not a whole jar is a {@link ZipException}. */
    static Map<String, byte[]> classesIn(Path entry) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        byte[] whole = Files.readAllBytes(entry);
        if (!JAR_MAGIC.contains(new String(whole, 0, Math.min(4, whole.length), StandardCharsets.ISO_8859_1))) {
            throw new ZipException("not a jar");
        }
        // Written whole, an entry ends with the end record of a jar without a comment; one cut short does not.
        int end = whole.length - END_RECORD_LENGTH;
        if (end < 0 || !JAR_MAGIC.get(1).equals(new String(whole, end, 4, StandardCharsets.ISO_8859_1))) {
            throw new ZipException("cut short: no end record");
        }
        try (InputStream file = new ByteArrayInputStream(whole); ZipInputStream jar = new ZipInputStream(file)) {
            for (ZipEntry item = jar.getNextEntry(); item != null; item = jar.getNextEntry()) {
                String name = item.getName();
                if (name.endsWith(CLASS_SUFFIX) && name.indexOf('/') < 0) {
                    byte[] bytes = jar.readAllBytes();
                    if (!isClassFile(bytes)) {
                        throw new ZipException(name + " is not a class file");
                    }
                    classes.put(name.substring(0, name.length() - CLASS_SUFFIX.length()), bytes);
                }
            }
        }
        return classes;
    }

    /** Whether the bytes start as every class file does, {@code CAFEBABE}. */
    private static boolean isClassFile(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xff) == 0xCA && (bytes[1] & 0xff) == 0xFE && (bytes[2] & 0xff) == 0xBA
                && (bytes[3] & 0xff) == 0xBE;
    }

    /** Uncompressed: class files are small, and an entry is read far more often than it is written. */
    private static byte[] jar(Map<String, byte[]> classes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream jar = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> type : new TreeMap<>(classes).entrySet()) {
                byte[] content = type.getValue();
                ZipEntry item = new ZipEntry(type.getKey() + CLASS_SUFFIX);
                CRC32 crc = new CRC32();
                crc.update(content);
                item.setMethod(ZipEntry.STORED);
                item.setSize(content.length);
                item.setCrc(crc.getValue());
                jar.putNextEntry(item);
                jar.write(content);
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the entries whose key is not in {@code keep}, entries in the folder-per-key layout of earlier
     * versions, and batch files abandoned by processes that died; returns how many entries were deleted.
     * Anything not named like an entry or a batch is left alone.
     */
    int prune(Set<String> keep) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant abandoned = Instant.now().minus(ABANDONED_BATCH_AGE);
        int deleted = 0;
        for (Path child : children(directory)) {
            String name = child.getFileName().toString();
            String key = name.endsWith(ENTRY_SUFFIX) ? name.substring(0, name.length() - ENTRY_SUFFIX.length()) : "";
            boolean unused = CacheKeys.isKey(key) && !keep.contains(key) && Files.isRegularFile(child);
            boolean earlierLayout = CacheKeys.isKey(name) && Files.isDirectory(child);
            if (unused || earlierLayout) {
                deleteTree(child);
                deleted++;
            } else if (name.startsWith(BATCH_PREFIX) && modifiedBefore(child, abandoned)) {
                deleteTree(child);
            }
        }
        return deleted;
    }

    /** Deletes a file, or a folder and everything in it; a file already gone is no error. */
    private static void deleteTree(Path root) {
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

    private static void deleteIfPresent(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for pruning, which deletes abandoned batch files.
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

}
