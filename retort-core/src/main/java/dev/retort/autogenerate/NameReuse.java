package dev.retort.autogenerate;

import dev.retort.op.CreateIndex;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders a table's index and unique constraint changes so that a name is free before it is taken again: a
 * drop of a name that a change creates again comes first ({@code uniqueIndex("ux", "sc")} changed to
 * {@code index("ux", "sc")}, which MySQL holds as a unique constraint: the constraint goes, then the index
 * comes). Other drops keep their place after the creations, so that an index a foreign key needs is replaced
 * before it goes.
 */
final class NameReuse {

    private NameReuse() {
    }

    static List<Operation> dropsFirst(List<Operation> changes) {
        Set<String> created = changes.stream().map(NameReuse::createdName).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        List<Operation> ordered = new ArrayList<>();
        changes.stream().filter(change -> droppedName(change).filter(created::contains).isPresent())
                .forEach(ordered::add);
        changes.stream().filter(change -> droppedName(change).filter(created::contains).isEmpty())
                .forEach(ordered::add);
        return ordered;
    }

    private static Optional<String> createdName(Operation change) {
        if (change instanceof CreateIndex create) {
            return create.index().name();
        }
        return change instanceof CreateUniqueConstraint create ? create.constraint().name() : Optional.empty();
    }

    private static Optional<String> droppedName(Operation change) {
        if (change instanceof DropIndex drop) {
            return Optional.of(drop.index().name());
        }
        return change instanceof DropConstraint drop ? Optional.of(drop.name()) : Optional.empty();
    }
}
