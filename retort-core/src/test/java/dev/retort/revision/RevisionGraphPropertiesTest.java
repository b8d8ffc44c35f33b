package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants over random graphs with branches, merges and dependencies, loaded in an order unrelated to
 * their topology (as file names are).
 */
class RevisionGraphPropertiesTest {

    /** How revision {@code i} links to earlier ones: parent and dependency picks are taken modulo i. */
    record Link(int parents, int first, int second, boolean depends, int dependency) {
    }

    /** One upgrade or downgrade request against a random revision (or base). */
    record Move(boolean upgrade, int target) {
    }

    @Provide
    Arbitrary<List<Revision>> graphs() {
        Arbitrary<Link> link = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000),
                Arbitraries.of(false, false, false, true), Arbitraries.integers().between(0, 1000))
                .as((kind, first, second, depends, dependency) ->
                        new Link(kind == 0 ? 0 : kind < 8 ? 1 : 2, first, second, depends, dependency));
        return Combinators.combine(link.list().ofMinSize(1).ofMaxSize(30), Arbitraries.integers().between(0, 4095))
                .as(RevisionGraphPropertiesTest::revisions);
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1000))
                .as(Move::new).list().ofMaxSize(12);
    }

    @Property(tries = 300)
    void upgradeOrderIsATopologicalOrderOfEffectiveParents(@ForAll("graphs") List<Revision> revisions) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<String> order = Graphs.stepIds(graph.upgradeSteps("heads", List.of()));
        assertThat(order).doesNotHaveDuplicates().hasSize(graph.size());
        for (String id : order) {
            for (String parent : graph.effectiveParents(id)) {
                assertThat(order.indexOf(parent)).as("%s before %s", parent, id).isLessThan(order.indexOf(id));
            }
        }
    }

    @Property(tries = 300)
    void historyListsEveryRevisionOnceDescendantsFirst(@ForAll("graphs") List<Revision> revisions) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<String> history = Graphs.ids(graph.walk(null, null));
        assertThat(history).doesNotHaveDuplicates().hasSize(graph.size());
        for (String id : history) {
            for (String parent : graph.effectiveParents(id)) {
                assertThat(history.indexOf(parent)).as("%s after %s", parent, id).isGreaterThan(history.indexOf(id));
            }
        }
    }

    @Property(tries = 300)
    void upgradeToHeadsThenDowngradeToBaseRunsEachRevisionOnceEachWay(@ForAll("graphs") List<Revision> revisions) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<MigrationStep> up = graph.upgradeSteps("heads", List.of());
        Transition upgraded = graph.versionHeads(List.of()).applyAll(up);
        assertThat(upgraded.rows()).containsExactlyElementsOf(graph.realHeads());

        List<MigrationStep> down = graph.downgradeSteps("base", upgraded.rows());
        assertThat(Graphs.stepIds(down)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Graphs.stepIds(up));
        assertThat(upgraded.heads().applyAll(down).rows()).isEmpty();
    }

    @Property(tries = 300)
    void rowsAreAlwaysTheTipsOfWhatIsApplied(@ForAll("graphs") List<Revision> revisions,
            @ForAll("moves") List<Move> moves) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        Set<String> applied = new HashSet<>();
        VersionHeads heads = graph.versionHeads(List.of());
        for (Move move : moves) {
            String target = graph.revisions().get(move.target() % graph.size()).id();
            List<MigrationStep> steps;
            try {
                steps = move.upgrade() ? graph.upgradeSteps(target, heads.rows())
                        : graph.downgradeSteps(move.target() % 5 == 0 ? "base" : target, heads.rows());
            } catch (RangeNotAncestorException notAlongTheLine) {
                continue;
            }
            for (MigrationStep step : steps) {
                assertThat(applied.contains(step.id())).as("%s already applied", step.id()).isEqualTo(!move.upgrade());
                if (move.upgrade()) {
                    applied.add(step.id());
                } else {
                    applied.remove(step.id());
                }
                heads = heads.apply(step).heads();
            }
            assertThat(ancestorsOf(graph, heads.rows())).as("rows %s", heads.rows()).isEqualTo(applied);
            assertThat(heads.rows()).containsExactlyInAnyOrderElementsOf(tips(graph, applied));
        }
    }

    @Property(tries = 200)
    void stampingEveryHeadFromScratchLeavesTheRealHeads(@ForAll("graphs") List<Revision> revisions) {
        RevisionGraph graph = RevisionGraph.of(revisions);
        List<StampStep> steps = graph.stampSteps(List.of("heads"), List.of(), false);
        assertThat(Graphs.rowsAfter(graph, List.of(), steps)).containsExactlyElementsOf(graph.realHeads());
    }

    /** Revision i gets an id that sorts in no relation to i, and the list is loaded in id order. */
    private static List<Revision> revisions(List<Link> links, int salt) {
        List<String> ids = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            ids.add(String.format("%04x", (i * 7919 + salt) % 65536));
            Link link = links.get(i);
            Set<String> parents = new LinkedHashSet<>();
            if (i > 0 && link.parents() >= 1) {
                parents.add(ids.get(link.first() % i));
            }
            if (i > 0 && link.parents() == 2) {
                parents.add(ids.get(link.second() % i));
            }
            List<String> dependsOn = i > 0 && link.depends() ? List.of(ids.get(link.dependency() % i)) : List.of();
            revisions.add(new Revision(ids.get(i), List.copyOf(parents), List.of(), dependsOn));
        }
        revisions.sort(Comparator.comparing(Revision::id));
        return revisions;
    }

    private static Set<String> ancestorsOf(RevisionGraph graph, List<String> rows) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(rows);
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (seen.add(id)) {
                stack.addAll(graph.effectiveParents(id));
            }
        }
        return seen;
    }

    /** The applied revisions that no other applied revision has as an effective ancestor. */
    private static Set<String> tips(RevisionGraph graph, Set<String> applied) {
        Map<String, Boolean> implied = new HashMap<>();
        for (String id : applied) {
            Set<String> below = ancestorsOf(graph, List.of(id));
            below.remove(id);
            below.forEach(parent -> implied.put(parent, true));
        }
        Set<String> tips = new HashSet<>(applied);
        tips.removeAll(implied.keySet());
        return tips;
    }
}
