package dev.retort.autogenerate.render;

import static dev.retort.autogenerate.render.JavaCode.atom;
import static dev.retort.autogenerate.render.JavaCode.call;
import static dev.retort.autogenerate.render.JavaCode.text;

import dev.retort.autogenerate.render.JavaCode.Call;
import dev.retort.op.DropIndex;
import java.util.ArrayList;
import java.util.List;

/** The {@code dropIndex} call of a {@link DropIndex}, the one operation with four forms. */
final class DropIndexSource {
    private static final int NO_TABLE = -1;

    private final OperationSource operations;
    private final SchemaSource schema;
    private final boolean inBatch;

    DropIndexSource(OperationSource operations, SchemaSource schema, boolean inBatch) {
        this.operations = operations;
        this.schema = schema;
        this.inBatch = inBatch;
    }

    JavaCode of(DropIndex operation) {
        String name = operation.index().name();
        boolean options = operation.ifExists() || operation.concurrently();
        if (inBatch || operation.table().isEmpty()) {
            if (options) {
                operations.gap("dropIndex cannot say CONCURRENTLY or IF EXISTS " + (inBatch ? "in a batch"
                        : "without the table") + "; the drop of " + name + " below has neither");
            }
            if (operation.table().isEmpty() && operation.existing().isPresent()) {
                operations.gap("dropIndex cannot carry the definition of " + name + " without the table");
            }
            JavaCode argument = inBatch && operation.existing().isPresent()
                    ? schema.index(operation.existing().get()) : text(name);
            return operations.invoke(operation.index(), "dropIndex", NO_TABLE, List.of(argument));
        }
        String table = operation.table().get();
        if (!options) {
            List<JavaCode> arguments = operation.existing().isPresent()
                    ? List.of(text(table), schema.index(operation.existing().get()))
                    : List.of(text(name), text(table));
            return operations.invoke(operation.index(), "dropIndex", NO_TABLE, arguments);
        }
        List<Call> calls = new ArrayList<>();
        if (operation.concurrently()) {
            calls.add(call("concurrently"));
        }
        if (operation.ifExists()) {
            calls.add(call("ifExists"));
        }
        operation.existing().ifPresent(index -> calls.add(call("existing", schema.index(index))));
        JavaCode drop = new JavaCode.Lambda("drop", new JavaCode.Chain(atom("drop"), calls, true));
        return operations.invoke(operation.index(), "dropIndex", NO_TABLE, List.of(text(name), text(table), drop));
    }
}
