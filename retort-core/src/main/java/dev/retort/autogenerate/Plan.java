package dev.retort.autogenerate;

import dev.retort.op.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The operations of a comparison in the phases that keep them runnable in order: tables are created
 * before foreign keys point at them, foreign keys are dropped before what they point at, indexes and
 * constraints before their columns, columns before their tables.
 */
final class Plan {
    final List<Operation> createTables = new ArrayList<>();
    final List<Operation> dropForeignKeys = new ArrayList<>();
    /** Checks that change: dropped before the columns they read change type. */
    final List<Operation> dropChecks = new ArrayList<>();
    final List<Operation> alterations = new ArrayList<>();
    final List<Operation> dropColumns = new ArrayList<>();
    final List<Operation> dropTables = new ArrayList<>();
    final List<Operation> addForeignKeys = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** What the models hold that the database cannot: no difference, but said. */
    final List<String> leftOut = new ArrayList<>();

    List<Operation> operations() {
        List<Operation> all = new ArrayList<>(createTables);
        all.addAll(dropForeignKeys);
        all.addAll(dropChecks);
        all.addAll(alterations);
        all.addAll(dropColumns);
        all.addAll(dropTables);
        all.addAll(addForeignKeys);
        return all;
    }
}
