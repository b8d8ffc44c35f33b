package dev.retort.bench.jmh;

import dev.retort.revision.MigrationStep;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building and resolving a revision graph of 10,000 revisions in memory: one chain, and a trunk with 20 forks
 * of three branches each, merged back, with a dependency on every fiftieth revision. No files, no database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphResolution {

    @Param({"10000"})
    public int count;

    @Param({"linear", "branchy"})
    public String shape;

    private List<Revision> revisions;
    private RevisionGraph graph;

    @Setup
    public void build() {
        revisions = shape.equals("linear") ? Revisions.linear(count) : Revisions.branchy(count);
        graph = RevisionGraph.of(revisions);
    }

    @Benchmark
    public RevisionGraph buildGraph() {
        return RevisionGraph.of(revisions);
    }

    @Benchmark
    public List<String> heads() {
        return graph.heads();
    }

    @Benchmark
    public List<MigrationStep> upgradeFromEmptyToHeads() {
        return graph.upgradeSteps("heads", List.of());
    }

    @Benchmark
    public List<MigrationStep> downgradeFromHeadsToBase() {
        return graph.downgradeSteps("base", graph.heads());
    }

    @Benchmark
    public List<String> resolvePartialId() {
        return graph.resolve(revisions.get(revisions.size() / 2).id().substring(0, 8));
    }
}
