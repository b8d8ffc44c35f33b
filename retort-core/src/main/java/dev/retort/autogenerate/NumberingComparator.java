package dev.retort.autogenerate;

import dev.retort.dialect.ddl.AutoincrementColumns;
import dev.retort.hook.SchemaObject.Kind;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Table;
import java.util.Optional;

/**
 * Compares how the columns of a table number themselves: not at all, as the autoincrement column
 * (SERIAL, AUTO_INCREMENT, an identity by default with the default numbers), or as an identity with its
 * own generation, start or step. No operation alters that, so a difference is a note.
 */
final class NumberingComparator {
    private final Inclusion inclusion;
    private final Plan plan;

    NumberingComparator(ObjectFilter filter, Plan plan) {
        this.inclusion = new Inclusion(filter);
        this.plan = plan;
    }

    void compare(Table wanted, Table actual) {
        Optional<String> wantedAutoincrement = AutoincrementColumns.of(wanted).map(Column::name);
        Optional<String> actualAutoincrement = AutoincrementColumns.of(actual).map(Column::name);
        for (Column column : wanted.columns()) {
            Optional<Column> existing = actual.column(column.name());
            if (existing.isEmpty() || !inclusion.includes(Kind.COLUMN, wanted.name(), column.name(), false)) {
                continue;
            }
            String want = numbering(column, wantedAutoincrement);
            String has = numbering(existing.get(), actualAutoincrement);
            if (!want.equals(has)) {
                plan.notes.add("column " + wanted.name() + "." + column.name() + " is " + has + " in the database"
                        + " and the models want it " + want + ": autogenerate does not alter identity or"
                        + " autoincrement; write that revision by hand");
            }
        }
    }

    private static String numbering(Column column, Optional<String> autoincrement) {
        Optional<Identity> identity = column.identity();
        if (identity.isPresent() && !identity.get().equals(Identity.byDefault())) {
            Identity generation = identity.get();
            return "an identity generated " + (generation.always() ? "always" : "by default")
                    + (generation.start().isPresent() ? " from " + generation.start().getAsLong() : "")
                    + (generation.increment().isPresent() ? " by " + generation.increment().getAsLong() : "");
        }
        boolean numbered = identity.isPresent() || autoincrement.filter(column.name()::equals).isPresent();
        return numbered ? "numbered automatically" : "not numbered automatically";
    }
}
