package dev.retort.autogenerate.render;

import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateTable;
import dev.retort.op.Operation;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The downgrade of an upgrade: the reverse of each operation, in reverse order. An operation without a
 * reverse leaves a note of what to write by hand in its place; a batch reverses what it can of its
 * operations and notes the rest.
 */
final class Downgrade {

    /** One step: the operation to render, if any, and the notes above it. */
    record Step(Optional<Operation> operation, List<String> notes) {
        Step {
            Objects.requireNonNull(operation, "operation");
            notes = List.copyOf(notes);
        }
    }

    private Downgrade() {
    }

    static List<Step> of(List<Operation> upgrade) {
        List<Step> steps = new ArrayList<>();
        Irreversible irreversible = new Irreversible();
        Set<QualifiedName> created = upgrade.stream().filter(CreateTable.class::isInstance)
                .map(operation -> ((CreateTable) operation).table().name()).collect(Collectors.toSet());
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            Operation operation = upgrade.get(i);
            Optional<Operation> back = operation.reverse();
            if (operation instanceof BulkInsert insert && created.contains(insert.table())) {
                continue; // dropping the table the upgrade creates removes its rows too
            }
            if (back.isPresent()) {
                steps.add(new Step(back, List.of()));
            } else if (operation instanceof BatchAlterTable batch) {
                steps.add(partialBatch(batch, irreversible));
            } else {
                steps.add(new Step(Optional.empty(), List.of(operation.accept(irreversible))));
            }
        }
        return steps;
    }

    private static Step partialBatch(BatchAlterTable batch, Irreversible irreversible) {
        List<Operation> reversed = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Operation inner : batch.operations()) {
            Optional<Operation> back = inner.reverse();
            if (back.isPresent()) {
                reversed.add(back.get());
            } else {
                notes.add(inner.accept(irreversible));
            }
        }
        Collections.reverse(reversed);
        Optional<Operation> rest = reversed.isEmpty() ? Optional.empty() : Optional.of(new BatchAlterTable(
                batch.table(), batch.recreate(), Optional.empty(), List.of(), reversed));
        return new Step(rest, notes);
    }
}
