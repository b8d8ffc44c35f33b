package dev.retort.autogenerate;

import dev.retort.op.CreateForeignKey;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables in the order their foreign keys allow creating them: a referred table before the tables that
 * refer to it, otherwise in the order given. Tables whose keys form a cycle (each referring to the next)
 * have no such order: where the database checks the referred table as a key is created, the keys that
 * close a cycle are created after all the tables, as SQLAlchemy's {@code create_all} does.
 */
public final class TableOrder {

    /** The tables to create, in order, and the foreign keys left out of them to add once they all exist. */
    public record Creation(List<Table> tables, List<CreateForeignKey> laterKeys) {}

    private final Map<QualifiedName, Table> byName = new LinkedHashMap<>();
    private final Map<QualifiedName, Boolean> state = new LinkedHashMap<>(); // false: visiting, true: done
    private final boolean keysLater;
    private final List<Table> ordered = new ArrayList<>();
    private final List<CreateForeignKey> laterKeys = new ArrayList<>();

    private TableOrder(List<Table> tables, boolean keysLater) {
        tables.forEach(table -> byName.put(table.name(), table));
        this.keysLater = keysLater;
    }

    /**
     * The tables in creation order; with {@code alterConstraints} (the database can add a key to a table),
     * the keys that close a cycle are left out of their tables and given as keys to add after them.
     */
    public static Creation creation(List<Table> tables, boolean alterConstraints) {
        TableOrder order = new TableOrder(tables, alterConstraints);
        tables.forEach(order::visit);
        return new Creation(List.copyOf(order.ordered), List.copyOf(order.laterKeys));
    }

    private void visit(Table table) {
        if (state.containsKey(table.name())) {
            return;
        }
        state.put(table.name(), false);
        List<Constraint> kept = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint instanceof ForeignKey key && byName.containsKey(key.referredTable())
                    && !key.referredTable().equals(table.name())) {
                visit(byName.get(key.referredTable()));
                if (keysLater && !state.get(key.referredTable())) {
                    laterKeys.add(new CreateForeignKey(table.name(), key));
                    continue;
                }
            }
            kept.add(constraint);
        }
        state.put(table.name(), true);
        ordered.add(kept.size() == table.constraints().size() ? table : table.withConstraints(kept));
    }
}
