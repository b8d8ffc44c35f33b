package dev.retort.compile;

import java.util.List;

/**
 * An {@code if} statement of a plain revision, {@code if (!op.isOffline()) { ... } else { ... }}: its condition
 * a {@code boolean} (a call on the operations, a local, field or helper of that type, a literal, or {@code !} one
 * of those), each branch a block of what a method's body holds. The condition is evaluated once, when the
 * statement runs; then one branch runs, as in the compiled class.
 */
record PlainCondition(PlainCall test, List<PlainCall> then, List<PlainCall> otherwise) implements PlainCall {

    /** {@code !test}. */
    static PlainCall not(PlainCall test) {
        return new Not(test);
    }

    @Override
    public Class<?> type() {
        return void.class;
    }

    @Override
    public Object evaluate(PlainFrame frame) {
        for (PlainCall statement : (Boolean) test.evaluate(frame) ? then : otherwise) {
            statement.evaluate(frame);
        }
        return null;
    }

    /** The negation of a {@code boolean}. */
    private record Not(PlainCall test) implements PlainCall {
        @Override
        public Class<?> type() {
            return boolean.class;
        }

        @Override
        public Object evaluate(PlainFrame frame) {
            return !(Boolean) test.evaluate(frame);
        }
    }
}
