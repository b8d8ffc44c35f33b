package dev.retort.contract;

import static dev.retort.api.Schema.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.retort.contract.SchemaSnapshot.SequenceSnapshot;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.Sequence;

/**
 * Sequences, created and dropped through the compiler on every database that has them, each undone by its
 * reverse; the others refuse them before running anything.
 */
class OperationContractSequencesTest {

    @OnEveryDatabase
    void createsASequenceThatCountsFromItsStartByItsStepAndDropsItOnDowngrade(ContractDatabase db) {
        assumeTrue(db.capabilities().sequences(), "the database has no sequences");
        Sequence invoice = sequence("invoice_number").start(1000).increment(10);
        db.roundTrip(op -> op.createSequence(invoice), op -> op.dropSequence(invoice), after -> {
            assertThat(after.sequences()).containsOnlyKeys("invoice_number");
            assertThat(after.sequences().get("invoice_number")).extracting(SequenceSnapshot::start,
                    SequenceSnapshot::increment, SequenceSnapshot::cycle).containsExactly(1000L, 10L, false);
            assertThat(db.nextValue("invoice_number")).isEqualTo(1000);
            assertThat(db.nextValue("invoice_number")).isEqualTo(1010);
        });
    }

    @OnEveryDatabase
    void aDroppedSequenceIsCreatedAgainWithTheSameNumbersOnDowngrade(ContractDatabase db) {
        assumeTrue(db.capabilities().sequences(), "the database has no sequences");
        Sequence countdown = sequence("countdown").start(100).increment(-1).minValue(1).maxValue(100).cycle(true);
        db.apply(op -> op.createSequence(countdown));
        assertThat(db.snapshot().sequences().get("countdown"))
                .isEqualTo(new SequenceSnapshot(100, -1, 1, 100, true));
        db.roundTrip(op -> op.dropSequence(countdown), op -> op.createSequence(countdown),
                after -> assertThat(after.sequences()).isEmpty());
        assertThat(db.nextValue("countdown")).isEqualTo(100);
        assertThat(db.nextValue("countdown")).isEqualTo(99);
    }

    @OnEveryDatabase
    void conditionalCreatesAndDropsToleratePresenceAndAbsence(ContractDatabase db) {
        assumeTrue(db.capabilities().sequences(), "the database has no sequences");
        Sequence order = sequence("order_number");
        db.roundTrip(op -> {
            op.createSequenceIfNotExists(order);
            op.createSequenceIfNotExists(order.start(5));
        }, op -> {
            op.dropSequenceIfExists("order_number");
            op.dropSequenceIfExists("order_number");
        }, after -> assertThat(after.sequences()).containsOnlyKeys("order_number"));
    }

    @OnEveryDatabase
    void refusesASequenceWhereTheDatabaseHasNone(ContractDatabase db) {
        assumeFalse(db.capabilities().sequences(), "the database has sequences");
        assertThatThrownBy(() -> db.apply(op -> op.createSequence(sequence("invoice_number"))))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("has no sequences");
    }
}
