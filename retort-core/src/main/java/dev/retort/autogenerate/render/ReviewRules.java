package dev.retort.autogenerate.render;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.schema.Autoincrement;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The review notes of upgrade operations, one list per operation of one body (the operations inside a
 * batch are a body of their own):
 *
 * <ul>
 *   <li>dropping a table or a column loses its data; dropping a sequence loses the value it has reached,
 *       and the downgrade creates it again from its start;
 *   <li>a type change that narrows (a shorter string, a smaller integer, fewer digits, fewer enum values)
 *       or converts to another kind of type, or whose current type is unknown;
 *   <li>{@code NOT NULL} on an existing column, or a new {@code NOT NULL} column, without a server
 *       default: it fails while rows hold no value;
 *   <li>an identity made {@code ALWAYS} refuses inserts that give the column a value; a column that stops
 *       numbering itself (autoincrement or identity) needs one in every insert, except a SQLite row id key,
 *       which without {@code AUTOINCREMENT} may hand out the numbers of deleted rows again;
 *   <li>a column dropped and another of the same type added to the same table, or a table dropped and
 *       another with the same columns created: maybe a rename, which would keep the data;
 *   <li>an index built on a table the revision does not create, without {@code concurrently()}: the build
 *       blocks writes to the table.
 * </ul>
 */
final class ReviewRules {

    private ReviewRules() {
    }

    static List<List<String>> of(List<Operation> operations) {
        List<List<String>> notes = new ArrayList<>();
        for (Operation operation : operations) {
            notes.add(new ArrayList<>(single(operation)));
        }
        possibleColumnRenames(operations, notes);
        possibleTableRenames(operations, notes);
        lockingIndexBuilds(operations, notes);
        return notes;
    }

    private static List<String> single(Operation operation) {
        if (operation instanceof DropTable drop) {
            return List.of("drops table " + drop.table() + " and every row in it");
        } else if (operation instanceof DropColumn drop) {
            return List.of("drops column " + drop.table() + "." + drop.column() + " and its data");
        } else if (operation instanceof DropSequence drop) {
            return List.of("drops sequence " + drop.name() + " and the value it has reached; created again, it "
                    + "starts from its start value, which may hand out numbers already used");
        } else if (operation instanceof AddColumn add) {
            return newNotNullColumn(add);
        } else if (operation instanceof AlterColumn alter) {
            return alteration(alter);
        }
        return List.of();
    }

    private static List<String> newNotNullColumn(AddColumn add) {
        Column column = add.column();
        boolean generated = column.identity().isPresent() || column.autoincrement() == Autoincrement.ENABLED
                || column.computed().isPresent();
        if (column.nullable() || column.serverDefault().isPresent() || generated) {
            return List.of();
        }
        return List.of("adds NOT NULL column " + add.table() + "." + column.name() + " without a server default; "
                + "it fails on a table that has rows: add it nullable, fill it, then make it NOT NULL");
    }

    private static List<String> alteration(AlterColumn alter) {
        List<String> notes = new ArrayList<>();
        String column = alter.table() + "." + alter.column();
        ColumnChange change = alter.change();
        ColumnState existing = alter.existing();
        change.type().ifPresent(type -> {
            if (existing.type().isEmpty()) {
                notes.add("changes the type of " + column + " to " + TypeChanges.describe(type) + " without knowing "
                        + "its current type; check that every value converts");
            } else {
                TypeChanges.risk(existing.type().get(), type).ifPresent(risk -> notes.add(risk.replaceFirst(
                        "type ", "type of " + column + " ")));
            }
        });
        boolean becomesNotNull = change.nullable().equals(Optional.of(false))
                && !existing.nullable().equals(Optional.of(false));
        boolean hasDefault = change.serverDefault() instanceof Change.SetTo
                || !(change.serverDefault() instanceof Change.Dropped)
                        && existing.serverDefault() instanceof Existing.Present;
        if (becomesNotNull && !hasDefault) {
            notes.add("sets NOT NULL on " + column + ", which has no server default; it fails while any row holds "
                    + "NULL: fill those rows first");
        }
        notes.addAll(numbering(column, change, existing));
        return notes;
    }

    private static List<String> numbering(String column, ColumnChange change, ColumnState existing) {
        List<String> notes = new ArrayList<>();
        if (change.identity() instanceof Change.SetTo<Identity> set && set.value().always()
                && !(existing.identity() instanceof Existing.Present<Identity> present && present.value().always())) {
            notes.add("makes " + column + " an identity GENERATED ALWAYS; where the database keeps that, inserts "
                    + "that give it a value fail");
        }
        boolean autoincrementOff = change.autoincrement().equals(Optional.of(false))
                && !(change.identity() instanceof Change.SetTo);
        boolean identityDropped = change.identity() instanceof Change.Dropped
                && !change.autoincrement().equals(Optional.of(true));
        if (autoincrementOff) {
            notes.add(column + " no longer numbers itself; every insert must then give it a value (on SQLite an "
                    + "INTEGER key still takes the row id, but without AUTOINCREMENT the numbers of deleted rows can "
                    + "come back)");
        } else if (identityDropped) {
            notes.add(column + " no longer numbers itself; every insert must then give it a value");
        }
        return notes;
    }

    private static void possibleColumnRenames(List<Operation> operations, List<List<String>> notes) {
        Set<Integer> paired = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            if (!(operations.get(i) instanceof DropColumn drop) || drop.existing().isEmpty()) {
                continue;
            }
            for (int j = 0; j < operations.size(); j++) {
                if (!paired.contains(j) && operations.get(j) instanceof AddColumn add && add.table().equals(drop.table())
                        && add.column().type().equals(drop.existing().get().type())
                        && !add.column().name().equals(drop.column())) {
                    paired.add(j);
                    notes.get(i).add("column " + drop.table() + "." + add.column().name() + " of the same type is "
                            + "added; if " + drop.column() + " was renamed, rename it with alterColumn(\""
                            + drop.column() + "\", alter -> alter.rename(\"" + add.column().name() + "\")) to keep "
                            + "its data");
                    notes.get(j).add("column " + drop.table() + "." + drop.column() + " of the same type is dropped; "
                            + "is " + add.column().name() + " the same column renamed?");
                    break;
                }
            }
        }
    }

    private static void possibleTableRenames(List<Operation> operations, List<List<String>> notes) {
        Set<Integer> paired = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            if (!(operations.get(i) instanceof DropTable drop) || drop.existing().isEmpty()) {
                continue;
            }
            for (int j = 0; j < operations.size(); j++) {
                if (!paired.contains(j) && operations.get(j) instanceof CreateTable create
                        && sameColumns(create.table(), drop.existing().get())
                        && !create.table().name().equals(drop.table())) {
                    paired.add(j);
                    notes.get(i).add("table " + create.table().name() + " with the same columns is created; if "
                            + drop.table() + " was renamed, use renameTable(\"" + drop.table().name() + "\", \""
                            + create.table().name().name() + "\") to keep its rows");
                    notes.get(j).add("table " + drop.table() + " with the same columns is dropped; is "
                            + create.table().name() + " the same table renamed?");
                    break;
                }
            }
        }
    }

    private static void lockingIndexBuilds(List<Operation> operations, List<List<String>> notes) {
        Set<QualifiedName> created = new HashSet<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (operation instanceof CreateTable create) {
                created.add(create.table().name());
            } else if (operation instanceof CreateIndex index && !index.concurrently()
                    && !created.contains(index.table())) {
                notes.get(i).add("builds index " + index.index().name().orElse("(unnamed)") + " on the existing table "
                        + index.table() + ", which blocks writes to it while it builds; on PostgreSQL a large table "
                        + "is better indexed concurrently(), inside op.autocommitBlock(...)");
            }
        }
    }

    private static boolean sameColumns(Table a, Table b) {
        return a.columns().stream().map(column -> column.name() + " " + column.type()).toList()
                .equals(b.columns().stream().map(column -> column.name() + " " + column.type()).toList());
    }
}
