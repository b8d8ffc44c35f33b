package dev.retort.autogenerate.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.Operation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each form of each operation, rendered into a revision file, compiled by javac and run against the
 * recording {@code op}, records the operation it was rendered from; its downgrade records the reverse.
 */
class RenderedOperationsRoundTripTest {
    @TempDir
    Path directory;

    static Stream<Arguments> forms() {
        return OperationForms.everyForm().entrySet().stream().map(form -> Arguments.of(form.getKey(), form.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theRenderedUpgradeRecordsTheOperationItWasRenderedFrom(String form, Operation operation) throws Exception {
        RoundTrip trip = RoundTrip.of(List.of(operation), directory);

        assertThat(trip.upgrade()).as(trip.source()).containsExactly(operation);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void theRenderedDowngradeRecordsTheReverseUnlessANoteSaysWhyNot(String form, Operation operation) throws Exception {
        RoundTrip trip = RoundTrip.of(List.of(operation), directory);

        List<String> downgradeNotes = trip.rendered().notes().stream()
                .filter(note -> note.section() == ReviewNote.Section.DOWNGRADE).map(ReviewNote::text).toList();
        if (operation.reverse().isPresent() && downgradeNotes.isEmpty()) {
            assertThat(trip.downgrade()).as(trip.source()).containsExactly(operation.reverse().get());
        } else {
            assertThat(downgradeNotes).as(trip.source()).isNotEmpty();
            assertThat(trip.rendered().downgradeBody()).as(trip.source()).contains("// REVIEW: ");
        }
    }

    @Test
    void everyFormInOneRevisionRecordsAllOfThemInOrder() throws Exception {
        List<Operation> all = List.copyOf(OperationForms.everyForm().values());

        RoundTrip trip = RoundTrip.of(all, directory);

        assertThat(trip.upgrade()).as(trip.source()).isEqualTo(all);
    }

    @Test
    void everyFormIsSaidWithoutAnyNoteOfSomethingLeftOut() {
        Map<String, Operation> forms = OperationForms.everyForm();

        RenderedRevision rendered = RevisionRenderer.java(List.copyOf(forms.values()));

        assertThat(rendered.notes()).filteredOn(note -> note.section() == ReviewNote.Section.UPGRADE)
                .extracting(ReviewNote::text).isNotEmpty()
                .noneMatch(text -> text.contains("cannot say") || text.contains("left out") || text.contains("plainly"));
    }

}
