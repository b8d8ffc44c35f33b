package dev.retort.bench.jmh;

import dev.retort.script.RevisionFileParser;
import dev.retort.script.RevisionScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading the headers of 10,000 revision files, as every command that loads a script directory does: one
 * {@link RevisionFileParser#parse} per file, Java revisions (scanned up to the end of their annotation) and
 * SQL revisions (read whole). The files sit in a temporary folder, so after the first iteration they are in
 * the page cache: this measures parsing, not the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HeaderParsing {

    @Param({"10000"})
    public int count;

    @Param({"java", "sql"})
    public String format;

    private Path folder;
    private List<Path> files;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        folder = Files.createTempDirectory("retort-jmh-headers");
        files = new ArrayList<>(count);
        List<String> ids = Revisions.ids(count);
        for (int n = 0; n < count; n++) {
            String parent = n == 0 ? null : ids.get(n - 1);
            Path file = folder.resolve(ids.get(n) + "_step_" + (n + 1) + "." + format);
            Files.writeString(file, format.equals("java")
                    ? Revisions.javaFile(n + 1, ids.get(n), parent)
                    : Revisions.sqlFile(n + 1, ids.get(n), parent));
            files.add(file);
        }
    }

    @TearDown(Level.Trial)
    public void deleteFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public List<RevisionScript> parseAll() {
        List<RevisionScript> scripts = new ArrayList<>(files.size());
        for (Path file : files) {
            scripts.add(RevisionFileParser.parse(file));
        }
        return scripts;
    }
}
