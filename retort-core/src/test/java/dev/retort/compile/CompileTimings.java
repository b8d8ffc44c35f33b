package dev.retort.compile;

import dev.retort.api.Migration;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures, by hand, a cold compile of many tiny revisions in one batch and warm loads from the cache:
 * {@code java -cp target/classes:target/test-classes:<tomlj jar> dev.retort.compile.CompileTimings [count] [warm
 * runs] [work folder]}. With a work folder, the files and the cache are kept, so that a second run in a new JVM
 * measures a warm cache from a cold start.
 * Each phase runs with a fresh {@link RevisionCompiler}; revision metadata is read from the files, as
 * retort does, inside the measured time.
 */
final class CompileTimings {

    private CompileTimings() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int warmRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean keep = args.length > 2;
        Path root = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("compile-timings");
        RevisionFiles files = new RevisionFiles(root.resolve("versions"));
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("%012x", i);
            paths.add(files.writeFile(id + "_rev.java", RevisionFiles.revision("Revision_" + id, id, "statement " + i)));
        }
        Path cache = root.resolve("cache");
        List<RevisionScript> scripts = report("read the metadata of " + count + " files",
                () -> paths.stream().map(RevisionFiles::parse).toList());
        report("first: compile what is stale (all " + count + ") in one batch, load, run", () -> run(scripts, cache));
        for (int i = 1; i <= warmRuns; i++) {
            report("warm " + i + ": read, hash, load " + count + " from the cache, run", () -> run(scripts, cache));
        }
        if (!keep) {
            ClassCache.deleteTree(root);
        }
    }

    private static int run(List<RevisionScript> scripts, Path cache) {
        Map<String, Migration> migrations = new RevisionCompiler(cache).load(scripts);
        List<String> calls = new ArrayList<>();
        migrations.values().forEach(migration -> migration.upgrade(RevisionFiles.recording(calls)));
        return calls.size();
    }

    private static <T> T report(String phase, Supplier<T> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        System.out.printf("%-58s %6d ms wall %6d ms cpu of this thread%n", phase,
                (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        return result;
    }
}
