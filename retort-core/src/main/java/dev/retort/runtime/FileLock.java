package dev.retort.runtime;

import java.io.IOException;
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
 * it when the process ends, however it ends, so a crash never leaves the database locked; the file that
 * stays behind is only a name to lock on. The holder writes who it is into the file, for the message a
 * waiting run gives up with. The file is never deleted and never opened a second time while locked: on
 * POSIX systems closing any descriptor of a file drops the process's locks on it, and a run waiting on a
 * deleted file could otherwise lock a name another run has already re-created.
 */
final class FileLock implements MigrationLock {
    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final java.nio.channels.FileLock lock;

    private FileLock(FileChannel channel, java.nio.channels.FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileFor(Path database) {
        return database.resolveSibling(database.getFileName() + "-retort-lock");
    }

    static FileLock acquire(Path database, LockSettings settings) throws IOException {
        Path file = lockFileFor(database);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            while (true) {
                java.nio.channels.FileLock lock = tryLock(channel);
                if (lock != null) {
                    channel.truncate(0);
                    // Not forced to disk: the lock, and so what it says, ends with the process anyway.
                    channel.write(ByteBuffer.wrap(describeSelf().getBytes(StandardCharsets.UTF_8)), 0);
                    return new FileLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    String holder = Files.readString(file).strip();
                    throw new LockTimeoutException("on " + file, settings.timeout(),
                            holder.isEmpty() ? "a process that has not said who it is" : holder);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
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
        return "process " + ProcessHandle.current().pid() + " on " + host + ", since " + Instant.now();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel or ending the process releases the lock anyway.
        }
    }
}
