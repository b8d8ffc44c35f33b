package dev.retort.runtime;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A lock inside this process, for embedded databases (H2 files) that only one process can open at a
 * time: it keeps two runs of one application, say two test threads, from migrating together. It lives
 * in memory, so it cannot outlive the process.
 */
final class ProcessLock implements MigrationLock {
    private static final Map<String, Semaphore> LOCKS = new ConcurrentHashMap<>();
    private static final Map<String, String> HOLDERS = new ConcurrentHashMap<>();

    private final String name;
    private final Semaphore semaphore;

    private ProcessLock(String name, Semaphore semaphore) {
        this.name = name;
        this.semaphore = semaphore;
    }

    static ProcessLock acquire(String database, LockSettings settings) {
        String name = database + " " + settings.lockKey();
        Semaphore semaphore = LOCKS.computeIfAbsent(name, key -> new Semaphore(1));
        try {
            if (!semaphore.tryAcquire(settings.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeoutException("for " + name + " in this process", settings.timeout(),
                        HOLDERS.getOrDefault(name, "another run in this process"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
        HOLDERS.put(name, "thread '" + Thread.currentThread().getName() + "' of this process, since " + Instant.now());
        return new ProcessLock(name, semaphore);
    }

    @Override
    public void close() {
        HOLDERS.remove(name);
        semaphore.release();
    }
}
