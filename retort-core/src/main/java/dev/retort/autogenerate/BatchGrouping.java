package dev.retort.autogenerate;

import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.DropColumn;
import dev.retort.op.Operation;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * On a database that cannot alter a table in place (SQLite), the changes to each such table become one
 * {@code batchAlterTable}, placed where the table's first change was: Alembic's {@code render_as_batch}.
 * Tables whose every change the database can run directly, both ways (dropping a stored generated
 * column is direct, adding it back is not), keep their plain operations. A batch carries
 * the table as it is ({@code copyFrom}), which SQL scripts need and a Java revision may leave out.
 */
final class BatchGrouping {

    private BatchGrouping() {}

    static List<Operation> group(List<Operation> operations, DdlCompiler compiler, Map<QualifiedName, Table> current) {
        Set<QualifiedName> batched = new LinkedHashSet<>();
        for (Operation operation : operations) {
            BatchAlterTable.memberTable(operation).filter(table -> !runsDirectly(operation, compiler)
                    || !dropsDirectly(operation, compiler, current.get(table))).ifPresent(batched::add);
        }
        if (batched.isEmpty()) {
            return operations;
        }
        Map<QualifiedName, List<Operation>> members = new LinkedHashMap<>();
        List<Object> slots = new ArrayList<>(); // operations, or the name of a batch's table at its first change
        for (Operation operation : operations) {
            Optional<QualifiedName> table = BatchAlterTable.memberTable(operation).filter(batched::contains);
            if (table.isEmpty()) {
                slots.add(operation);
            } else {
                if (!members.containsKey(table.get())) {
                    slots.add(table.get());
                }
                members.computeIfAbsent(table.get(), key -> new ArrayList<>()).add(operation);
            }
        }
        List<Operation> grouped = new ArrayList<>();
        for (Object slot : slots) {
            grouped.add(slot instanceof Operation operation ? operation
                    : batch((QualifiedName) slot, members.get((QualifiedName) slot), current));
        }
        return grouped;
    }

    /** A batch that carries the table as the database has it, so that it can be written as SQL too. */
    private static BatchAlterTable batch(QualifiedName table, List<Operation> members,
            Map<QualifiedName, Table> current) {
        return new BatchAlterTable(table, BatchAlterTable.Recreate.AUTO, Optional.ofNullable(current.get(table)),
                List.of(), members);
    }

    /** Whether a column drop can run on the table as the database has it (SQLite's drop refuses a keyed column). */
    private static boolean dropsDirectly(Operation operation, DdlCompiler compiler, Table current) {
        return !(operation instanceof DropColumn drop) || current == null
                || compiler.dropsColumnInPlace(current, drop.column());
    }

    /** Whether the operation, and its reverse for the downgrade, compile without a rebuild. */
    private static boolean runsDirectly(Operation operation, DdlCompiler compiler) {
        try {
            compiler.compile(operation);
            operation.reverse().ifPresent(compiler::compile);
            return true;
        } catch (UnsupportedOperationForDialectException e) {
            return false;
        }
    }
}
