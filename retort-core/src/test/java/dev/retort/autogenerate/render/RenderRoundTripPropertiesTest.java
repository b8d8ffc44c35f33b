package dev.retort.autogenerate.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The rendering is faithful: random operations of every kind, rendered into a revision file, compiled by
 * javac and run against the recording {@code op}, record exactly the operations rendered; the downgrade
 * records the reverses in reverse order, each reverse that the API can say.
 */
class RenderRoundTripPropertiesTest {
    private static Path directory;

    @BeforeContainer
    static void makeDirectory() throws IOException {
        directory = Files.createTempDirectory("render-properties");
    }

    @AfterContainer
    static void removeDirectory() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Property(tries = 150)
    void theRenderedUpgradeRecordsExactlyTheOperationsRendered(@ForAll("revisions") List<Operation> operations) throws Exception {
        RoundTrip trip = RoundTrip.of(operations, directory);

        assertThat(trip.upgrade()).as(trip.source()).isEqualTo(operations);
        assertThat(trip.rendered().upgradeBody().lines())
                .as("lines wider than %d columns, only where a string cannot break", RevisionRenderer.WIDTH)
                .allMatch(line -> line.length() <= RevisionRenderer.WIDTH || line.contains("\""));
        assertThat(trip.rendered().notes()).filteredOn(note -> note.section() == ReviewNote.Section.UPGRADE)
                .extracting(ReviewNote::text).noneMatch(RenderRoundTripPropertiesTest::saysSomethingIsLeftOut);
    }

    @Property(tries = 100)
    void theRenderedDowngradeRecordsTheReversesInReverseOrder(@ForAll("revisions") List<Operation> operations) throws Exception {
        RoundTrip trip = RoundTrip.of(operations, directory);

        List<Operation> expected = Downgrade.of(operations).stream().map(Downgrade.Step::operation)
                .flatMap(Optional::stream).toList();
        boolean leftOut = trip.rendered().notes().stream().map(ReviewNote::text)
                .anyMatch(RenderRoundTripPropertiesTest::saysSomethingIsLeftOut);
        if (!leftOut) {
            assertThat(trip.downgrade()).as(trip.source()).isEqualTo(expected);
        } else {
            assertThat(trip.downgrade()).as(trip.source()).hasSameSizeAs(expected);
        }
    }

    private static boolean saysSomethingIsLeftOut(String note) {
        return note.contains("cannot say") || note.contains("left out") || note.contains("plainly")
                || note.contains("cannot carry") || note.contains("always allows");
    }

    @Provide
    Arbitrary<List<Operation>> revisions() {
        return RenderableOperations.revisions();
    }
}
