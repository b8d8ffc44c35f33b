package dev.retort.autogenerate;

import dev.retort.op.Operation;
import java.util.List;

/**
 * What a comparison found: the operations that make the database match the models, in an order that
 * runs, and notes on differences no operation can express (an enum value PostgreSQL cannot remove).
 */
public record SchemaDiff(List<Operation> operations, List<String> notes) {

    public SchemaDiff {
        operations = List.copyOf(operations);
        notes = List.copyOf(notes);
    }

    /** Whether the database already matches the models. */
    public boolean isEmpty() {
        return operations.isEmpty() && notes.isEmpty();
    }

    /** One readable line per operation, then the notes: what {@code check} prints. */
    public List<String> describe() {
        List<String> lines = new java.util.ArrayList<>();
        operations.forEach(operation -> lines.add(operation.accept(new DiffDescription())));
        lines.addAll(notes);
        return lines;
    }
}
