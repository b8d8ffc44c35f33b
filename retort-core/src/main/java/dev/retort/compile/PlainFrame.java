package dev.retort.compile;

import java.util.function.IntConsumer;

/**
 * What a plain revision's expressions read during one run of a method: the variable in scope (the
 * operations, or within a lambda's body the lambda's parameter) and the values of the method's local
 * variables, by slot, filled in as their declarations run. The frames of one run also tell it the line of
 * the file it is at ({@link #at}), as javac's line table would place a compiled class's frame: a plain
 * revision has no compiled frames whose lines a failure shows.
 */
final class PlainFrame {
    private final Object variable;
    private final Object[] locals;
    private final Lines lines;

    /** The line a run is at, shared by its frames, told on as it changes. */
    private static final class Lines {
        private final IntConsumer told;
        private int current;

        Lines(IntConsumer told) {
            this.told = told;
        }

        void at(int line) {
            current = line;
            told.accept(line);
        }
    }

    private PlainFrame(Object variable, Object[] locals, Lines lines) {
        this.variable = variable;
        this.locals = locals;
        this.lines = lines;
    }

    /**
     * The frame of one run of a method with {@code localCount} local variables; {@code lines} is told the line
     * of each statement as it starts and of each call as it is made.
     */
    static PlainFrame of(Object variable, int localCount, IntConsumer lines) {
        return new PlainFrame(variable, new Object[localCount], new Lines(lines));
    }

    /** The frame of a call of a helper method from this frame's method, in the same run. */
    PlainFrame called(Object variable, int localCount) {
        return new PlainFrame(variable, new Object[localCount], lines);
    }

    /** The frame of a lambda's body: its parameter in scope, the enclosing method's locals still readable. */
    PlainFrame withVariable(Object value) {
        return new PlainFrame(value, locals, lines);
    }

    /**
     * The frame as a lambda made now sees it: the locals' current values, kept when later statements, or a
     * loop's next iteration, store others, as a compiled lambda captures the (effectively final) values.
     */
    PlainFrame captured() {
        return new PlainFrame(variable, locals.clone(), lines);
    }

    /** The run is at {@code line}: a statement starts there, or a call written there is made. */
    void at(int line) {
        lines.at(line);
    }

    /**
     * The line the run is at, to go back to once a helper's or a lambda's body has run: what the call that ran
     * it records next is at the call's line, as with a compiled class, where the body's frame is gone by then.
     */
    int line() {
        return lines.current;
    }

    Object variable() {
        return variable;
    }

    Object local(int slot) {
        return locals[slot];
    }

    void setLocal(int slot, Object value) {
        locals[slot] = value;
    }
}
