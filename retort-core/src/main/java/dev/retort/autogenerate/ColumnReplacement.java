package dev.retort.autogenerate;

import dev.retort.op.AddColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.DropColumn;
import dev.retort.op.DropIndex;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * A column whose expression, storage or being computed changes. No database here alters that in place
 * everywhere (PostgreSQL 15 cannot at all, MySQL cannot turn a stored column virtual), so the column is
 * dropped and added again; so is a computed column whose type, nullability or comment changes where the
 * database cannot alter a computed column in place. The indexes on it would go with it: they are dropped
 * first and created again after it, and left out of the comparison of indexes. A note says what else goes
 * (its values, constraints on it, indexes on expressions using it).
 */
final class ColumnReplacement {
    private final Plan plan;

    ColumnReplacement(Plan plan) {
        this.plan = plan;
    }

    /** Replaces a column whose generation changes. */
    void replace(Table wantedTable, Table actualTable, Column wanted, Column actual) {
        replace(wantedTable, actualTable, wanted, actual, "is " + generation(actual) + " and the models want it "
                + generation(wanted));
    }

    /** Replaces a column for the reason {@code why} gives, which ends the note's first clause. */
    void replace(Table wantedTable, Table actualTable, Column wanted, Column actual, String why) {
        QualifiedName table = wantedTable.name();
        List<Index> dropped = on(actualTable, actual.name()).stream().filter(index -> index.name().isPresent())
                .toList();
        dropped.forEach(index -> plan.alterations.add(new DropIndex(table.withName(index.name().get()),
                Optional.of(table.name()), Optional.of(index), false, false)));
        plan.alterations.add(new DropColumn(table, actual.name(), Optional.of(actual), false));
        plan.alterations.add(new AddColumn(table, wanted, false, Optional.empty()));
        on(wantedTable, wanted.name()).forEach(index -> plan.alterations.add(new CreateIndex(table, index, false,
                false)));
        plan.notes.add("column " + table + "." + wanted.name() + " " + why + ": the revision drops the column and "
                + "adds it again (its indexes too), so its values are lost (a computed one is computed anew) and "
                + "the constraints on it go with it; check that is acceptable, or write that change by hand");
    }

    /** {@code table} without the indexes on any of {@code columns}, which a replacement takes care of. */
    static Table withoutIndexesOn(Table table, List<String> columns) {
        List<Index> kept = table.indexes().stream()
                .filter(index -> columns.stream().noneMatch(index.columnNames()::contains)).toList();
        return new Table(table.name(), table.columns(), table.primaryKey(), table.constraints(), kept,
                table.comment());
    }

    private static List<Index> on(Table table, String column) {
        return table.indexes().stream().filter(index -> index.columnNames().contains(column)).toList();
    }

    private static String generation(Column column) {
        return column.computed().map(value -> "computed as (" + value.sql() + ") " + value.storage())
                .orElse("not computed");
    }
}
