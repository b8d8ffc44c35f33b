package dev.retort.compile;

import java.util.function.IntConsumer;

/**
 * What a plain revision's expressions read during one run of a method: the variable in scope (the
 * operations, or within a lambda's body the lambda's parameter) and the values of the method's local
 * variables, by slot, filled in as their declarations run. A frame also tells the run which line of the
 * file its method is at ({@link #at}): a plain revision has no compiled frames whose lines a failure shows.
 */
final class PlainFrame {
    private final Object variable;
    private final Object[] locals;
    private final IntConsumer lines;
    private int line;

    private PlainFrame(Object variable, Object[] locals, IntConsumer lines) {
        this.variable = variable;
        this.locals = locals;
        this.lines = lines;
    }

    /**
     * The frame of one run of a method with {@code localCount} local variables; {@code lines} is told the line
     * of each statement as it starts.
     */
    static PlainFrame of(Object variable, int localCount, IntConsumer lines) {
        return new PlainFrame(variable, new Object[localCount], lines);
    }

    /** The frame of a call of a helper method from this frame's method: the same run is told its lines. */
    PlainFrame called(Object variable, int localCount) {
        return new PlainFrame(variable, new Object[localCount], lines);
    }

    /** The frame of a lambda's body: its parameter in scope, the enclosing method's locals still readable. */
    PlainFrame withVariable(Object value) {
        PlainFrame frame = new PlainFrame(value, locals, lines);
        frame.line = line;
        return frame;
    }

    /**
     * The frame as a lambda made now sees it: the locals' current values, kept when later statements, or a
     * loop's next iteration, store others, as a compiled lambda captures the (effectively final) values.
     */
    PlainFrame captured() {
        PlainFrame frame = new PlainFrame(variable, locals.clone(), lines);
        frame.line = line;
        return frame;
    }

    /** The method's statement at {@code line} starts. */
    void at(int statementLine) {
        line = statementLine;
        lines.accept(statementLine);
    }

    /** A helper called from the statement in progress has returned: its lines are told no more. */
    void returnedTo() {
        if (line > 0) {
            lines.accept(line);
        }
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
