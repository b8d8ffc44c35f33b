package dev.retort.autogenerate;

import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a comparison found: the operations that make the database match the models, in an order that
 * runs; one line per difference in Alembic's words ({@code added column 'account.email'}); notes on
 * differences no operation can express (an enum value PostgreSQL cannot remove); and what the models hold
 * that this database cannot, left out of the comparison (a sequence on SQLite).
 */
public record SchemaDiff(List<Operation> operations, List<String> differences, List<String> notes,
        List<String> leftOut) {

    public SchemaDiff {
        operations = List.copyOf(operations);
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
        leftOut = List.copyOf(leftOut);
    }

    /** Whether the database already matches the models, as far as it can hold them. */
    public boolean isEmpty() {
        return operations.isEmpty() && notes.isEmpty();
    }

    /** The differences, then the notes: what {@code check} prints. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>(differences);
        lines.addAll(notes);
        return lines;
    }
}
