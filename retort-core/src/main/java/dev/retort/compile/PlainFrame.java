package dev.retort.compile;

/**
 * What a plain revision's expressions read during one run of a method: the variable in scope (the
 * operations, or within a lambda's body the lambda's parameter) and the values of the method's local
 * variables, by slot, filled in as their declarations run.
 */
final class PlainFrame {
    private final Object variable;
    private final Object[] locals;

    private PlainFrame(Object variable, Object[] locals) {
        this.variable = variable;
        this.locals = locals;
    }

    /** The frame of one run of a method with {@code localCount} local variables. */
    static PlainFrame of(Object variable, int localCount) {
        return new PlainFrame(variable, new Object[localCount]);
    }

    /** The frame of a lambda's body: its parameter in scope, the enclosing method's locals still readable. */
    PlainFrame withVariable(Object value) {
        return new PlainFrame(value, locals);
    }

    /**
     * The frame as a lambda made now sees it: the locals' current values, kept when later statements, or a
     * loop's next iteration, store others, as a compiled lambda captures the (effectively final) values.
     */
    PlainFrame captured() {
        return new PlainFrame(variable, locals.clone());
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
