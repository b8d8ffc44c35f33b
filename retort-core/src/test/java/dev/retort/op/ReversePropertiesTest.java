package dev.retort.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reversing twice gives back the operation, up to what a reverse cannot know and so leaves out
 * ({@link Lossless}): the {@code USING} expression and position of an alteration or added column, the
 * copy definition and reordering of a batch, and {@code IF EXISTS} on a dropped constraint (constraints
 * are created without {@code IF NOT EXISTS}).
 */
class ReversePropertiesTest {

    @Property(tries = 500)
    void reversingTwiceGivesBackTheOperationWithoutWhatAReverseCannotKnow(@ForAll("reversible") Operation operation) {
        Operation back = operation.reverse().orElseThrow();

        assertThat(back.reverse().orElseThrow()).isEqualTo(Lossless.of(operation));
    }

    @Property(tries = 500)
    void aReverseIsReversedExactly(@ForAll("reversible") Operation operation) {
        Operation back = operation.reverse().orElseThrow();

        assertThat(back.reverse().orElseThrow().reverse()).contains(back);
    }

    @Property(tries = 200)
    void operationsWithNothingLostReverseTwiceToThemselves(@ForAll("reversible") Operation operation) {
        Operation lossless = Lossless.of(operation);

        assertThat(lossless.reverse().orElseThrow().reverse()).contains(lossless);
    }

    @Provide
    Arbitrary<Operation> reversible() {
        return ReversibleOperations.any();
    }

    /** An operation without the parts its reverse cannot restore. */
    static final class Lossless {
        private Lossless() {
        }

        static Operation of(Operation operation) {
            if (operation instanceof AlterColumn alter) {
                ColumnChange change = alter.change();
                return new AlterColumn(alter.table(), alter.column(), new ColumnChange(change.newName(),
                        change.type(), Optional.empty(), change.nullable(), change.serverDefault(), change.comment(),
                        change.autoincrement(), change.identity(), Optional.empty()), alter.existing());
            } else if (operation instanceof AddColumn add) {
                return new AddColumn(add.table(), add.column(), add.ifNotExists(), Optional.empty());
            } else if (operation instanceof DropConstraint drop) {
                return new DropConstraint(drop.table(), drop.name(), drop.kind(), drop.existing(), false);
            } else if (operation instanceof BatchAlterTable batch) {
                List<Operation> inner = batch.operations().stream().map(Lossless::of).toList();
                return new BatchAlterTable(batch.table(), batch.recreate(), Optional.empty(), List.of(), inner);
            }
            return operation;
        }
    }
}
