package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Alembic's {@code batch_alter_table}: several changes to one table, which a database that cannot alter
 * tables in place (SQLite) applies by "move and copy": create the new table, copy the rows, drop the old
 * table, rename the new one and recreate its indexes. {@link Recreate} says when the table is rebuilt;
 * {@code copyFrom} is the table's current definition, needed offline where nothing can be reflected;
 * {@code partialReordering} lists column orders the rebuilt table must follow.
 *
 * <p>Only operations on this table's columns, constraints, indexes and comment may be inside.
 */
public record BatchAlterTable(QualifiedName table, Recreate recreate, Optional<Table> copyFrom,
        List<List<String>> partialReordering, List<Operation> operations) implements Operation {

    /** When the table is rebuilt rather than altered in place. */
    public enum Recreate {
        /** Only where the database cannot run every inner operation as an {@code ALTER} (SQLite). */
        AUTO,
        /** Always; only SQLite rebuilds tables, so the other databases refuse it. */
        ALWAYS,
        /** Never: every inner operation runs as an {@code ALTER}, or fails. */
        NEVER
    }

    public BatchAlterTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(recreate, "recreate");
        Objects.requireNonNull(copyFrom, "copyFrom");
        String subject = "batch_alter_table " + table;
        copyFrom.filter(definition -> !definition.name().equals(table)).ifPresent(definition -> {
            throw new SchemaDefinitionException(subject, "copy_from is the definition of table " + definition.name());
        });
        partialReordering = copyOrders(partialReordering, subject);
        operations = List.copyOf(operations);
        operations.forEach(operation -> requireMember(table, operation, subject));
    }

    /** A batch over {@code table} recreating as needed, without a copy definition or reordering. */
    public static BatchAlterTable of(QualifiedName table, List<Operation> operations) {
        return new BatchAlterTable(table, Recreate.AUTO, Optional.empty(), List.of(), operations);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitBatchAlterTable(this);
    }

    /**
     * The reverses of the inner operations in reverse order, when each has one. The reverse has no
     * {@code copyFrom} (the table after this batch is not known here) and no reordering.
     */
    @Override
    public Optional<Operation> reverse() {
        List<Operation> reversed = new ArrayList<>();
        for (Operation operation : operations) {
            Optional<Operation> back = operation.reverse();
            if (back.isEmpty()) {
                return Optional.empty();
            }
            reversed.add(back.get());
        }
        Collections.reverse(reversed);
        return Optional.of(new BatchAlterTable(table, recreate, Optional.empty(), List.of(), reversed));
    }

    private static List<List<String>> copyOrders(List<List<String>> orders, String subject) {
        Objects.requireNonNull(orders, "partialReordering");
        for (List<String> order : orders) {
            if (order.size() < 2) {
                throw new SchemaDefinitionException(subject, "each partial reordering lists two or more columns, "
                        + "not " + order);
            }
        }
        return orders.stream().map(List::copyOf).toList();
    }

    /** The table an operation changes when it may be part of a batch; empty for any other operation. */
    public static Optional<QualifiedName> memberTable(Operation operation) {
        return operation.accept(new BatchMembership());
    }

    private static void requireMember(QualifiedName table, Operation operation, String subject) {
        Optional<QualifiedName> target = operation.accept(new BatchMembership());
        if (target.isEmpty()) {
            throw new SchemaDefinitionException(subject, operation.getClass().getSimpleName()
                    + " cannot be part of a batch; run it before or after the batch");
        }
        if (!target.get().equals(table)) {
            throw new SchemaDefinitionException(subject, "an inner " + operation.getClass().getSimpleName()
                    + " is on table " + target.get());
        }
    }
}
