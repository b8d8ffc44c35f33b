package dev.retort.op;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * Where in its file's lines the code asked for each operation it recorded. Operations run after the code
 * that asked for them has returned, so a statement that fails has no frame of that code left to show: its
 * line is taken as the operation is recorded.
 */
public final class CallSites {
    private final IntSupplier callerLine;
    private final Map<Operation, Integer> lines = new IdentityHashMap<>();

    /** {@code callerLine} gives the line of the code recording an operation now, 0 when it is not known. */
    public CallSites(IntSupplier callerLine) {
        this.callerLine = callerLine;
    }

    /** Call sites that are not known. */
    public static CallSites unknown() {
        return new CallSites(() -> 0);
    }

    void recorded(Operation operation) {
        int line = callerLine.getAsInt();
        if (line > 0) {
            lines.put(operation, line);
        }
    }

    /** The line at which {@code operation} was recorded, as recorded by this instance itself. */
    public OptionalInt lineOf(Operation operation) {
        Integer line = lines.get(operation);
        return line == null ? OptionalInt.empty() : OptionalInt.of(line);
    }
}
