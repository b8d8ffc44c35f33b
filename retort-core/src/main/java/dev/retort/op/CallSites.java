package dev.retort.op;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Where in its file's lines the code asked for each operation it recorded. Operations run after the code
 * that asked for them has returned, so a statement that fails has no frame of that code left to show: where
 * the code is is taken as the operation is recorded, and turned into a line when one is asked for.
 */
public final class CallSites {
    private static final IntSupplier UNKNOWN = () -> 0;

    private final Supplier<IntSupplier> caller;
    private final Map<Operation, IntSupplier> lines = new IdentityHashMap<>();

    /**
     * {@code caller} takes, as an operation is recorded, where the code recording it is; what it gives tells
     * that line when asked (0 when it is not known), then or later.
     */
    public CallSites(Supplier<IntSupplier> caller) {
        this.caller = caller;
    }

    /** Call sites that are not known. */
    public static CallSites unknown() {
        return new CallSites(() -> UNKNOWN);
    }

    void recorded(Operation operation) {
        lines.put(operation, caller.get());
    }

    /** What tells the line at which {@code operation} was recorded by this instance itself (0 when not known). */
    public IntSupplier lineOf(Operation operation) {
        return lines.getOrDefault(operation, UNKNOWN);
    }
}
