package dev.retort.runtime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * SQLite: an operating-system lock on a file beside the database ({@code <db>-retort-lock}). The OS drops
 * it when the process ends, however it ends, so a crash never leaves the database locked. The holder
 * writes who it is into the file, for the message a waiting run gives up with, and deletes the file
 * before it lets go; a run that was waiting on a deleted file finds its name gone (or taken by a new
 * file) once it gets the lock, and starts again on the file the name now holds.
 */
final class FileLock implements MigrationLock {
    private static final long POLL_MILLIS = 50;

    private final Path file;
    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(Path file, FileChannel channel, java.nio.channels.FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + "-retort-lock");
    }

    static FileLock acquire(Path database, LockSettings settings) throws IOException {
        Path file = lockFileFor(database);
        String self = describeSelf();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                try {
                    FileLock held = tryHold(file, channel, self);
                    if (held != null) {
                        return held;
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    String holder = readQuietly(file);
                    channel.close();
                    throw new LockTimeoutException("on " + file, settings.timeout(),
                            holder.isEmpty() ? "a process that has not said who it is" : holder);
                }
                Thread.sleep(POLL_MILLIS);
                channel.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
    }

    /**
     * Locks the open file and checks that {@code file} still names it: the previous holder may have
     * deleted it while this run waited. Returns null (with the channel still open) when not held.
     */
    private static FileLock tryHold(Path file, FileChannel channel, String self) throws IOException {
        java.nio.channels.FileLock lock = tryLock(channel);
        if (lock == null) {
            return null;
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(self.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        if (readQuietly(file).equals(self)) {
            return new FileLock(file, channel, lock);
        }
        lock.release();
        return null;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static java.nio.channels.FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another run in this same process
        }
    }

    private static String describeSelf() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "an unknown host";
        }
        // The instant makes the text unique to this attempt, which is how a run recognises its own file.
        return "process " + ProcessHandle.current().pid() + " on " + host + " ("
                + ManagementFactory.getRuntimeMXBean().getName() + "), since " + Instant.now() + " #"
                + System.nanoTime();
    }

    @Override
    public void close() {
        try {
            // Deleted while still held, so no other run can hold a lock on a file this name still gives.
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel or ending the process releases the lock anyway.
        }
    }
}
