package dev.retort.autogenerate;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables in the order their foreign keys allow creating them: a referred table before the tables that
 * refer to it, otherwise by name. Cycles are broken by name order (the keys of a cycle need adding after).
 */
public final class TableOrder {

    private TableOrder() {}

    public static List<Table> creationOrder(List<Table> tables) {
        Map<QualifiedName, Table> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        List<Table> ordered = new ArrayList<>();
        Map<QualifiedName, Boolean> state = new LinkedHashMap<>(); // false: visiting, true: done
        for (Table table : tables) {
            visit(table, byName, state, ordered);
        }
        return ordered;
    }

    private static void visit(Table table, Map<QualifiedName, Table> byName, Map<QualifiedName, Boolean> state,
            List<Table> ordered) {
        if (state.containsKey(table.name())) {
            return;
        }
        state.put(table.name(), false);
        for (var constraint : table.constraints()) {
            if (constraint instanceof ForeignKey key && byName.containsKey(key.referredTable())
                    && !key.referredTable().equals(table.name())) {
                visit(byName.get(key.referredTable()), byName, state, ordered);
            }
        }
        state.put(table.name(), true);
        ordered.add(table);
    }
}
