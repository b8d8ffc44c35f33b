package dev.retort.autogenerate;

import dev.retort.hook.SchemaObject.Kind;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.IndexElement;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Compares a table's unique constraints, indexes, foreign keys and named check constraints. Named
 * objects are matched by name, unnamed ones by what they cover; a matched object that changed is dropped
 * and created again. A unique constraint and a unique index on the same columns are the same thing, as
 * MySQL and SQLite keep one as the other. Unnamed check constraints are left alone, as in Alembic: the
 * database names them itself.
 */
final class KeyComparator {
    private final Inclusion inclusion;
    private final Plan plan;
    private final boolean indexesForeignKeys;
    private final ConditionEquivalence conditions;
    private final IndexOrder order;

    KeyComparator(ObjectFilter filter, Plan plan, boolean indexesForeignKeys, ConditionEquivalence conditions,
            IndexOrder order) {
        this.inclusion = new Inclusion(filter);
        this.plan = plan;
        this.indexesForeignKeys = indexesForeignKeys;
        this.conditions = conditions;
        this.order = order;
    }

    void compare(Table wanted, Table actual) {
        QualifiedName table = wanted.name();
        List<Index> actualIndexes = new ArrayList<>(inclusion.ofDatabase(Kind.INDEX, table, actual.indexes(),
                wanted.indexes(), Index::name));
        List<UniqueConstraint> wantedUniques = ofType(wanted.constraints(), UniqueConstraint.class);
        List<UniqueConstraint> actualUniques = new ArrayList<>(inclusion.ofDatabase(Kind.UNIQUE_CONSTRAINT, table,
                ofType(actual.constraints(), UniqueConstraint.class), wantedUniques, UniqueConstraint::name));
        for (UniqueConstraint unique : inclusion.ofModels(Kind.UNIQUE_CONSTRAINT, table, wantedUniques,
                UniqueConstraint::name)) {
            Optional<UniqueConstraint> match = take(actualUniques, unique, KeyComparator::sameUniqueIdentity);
            if (match.isPresent()) {
                continue;
            }
            // The same name on other columns: the old one goes first, or the new one could not take its name.
            take(actualUniques, unique, (a, b) -> a.name().isPresent() && a.name().equals(b.name()))
                    .ifPresent(old -> plan.alterations.add(new DropConstraint(table, old.name().get(),
                            Optional.of(old.kind()), Optional.of(old), false)));
            Optional<Index> asIndex = take(actualIndexes, Index.on(unique.name(), unique.columns()).unique(true),
                    this::sameIndexIdentity);
            if (asIndex.isEmpty()) {
                plan.alterations.add(new CreateUniqueConstraint(table, unique));
            }
        }
        for (Index index : inclusion.ofModels(Kind.INDEX, table, wanted.indexes(), Index::name)) {
            compareIndex(table, index, actualIndexes, actualUniques);
        }
        for (UniqueConstraint unique : actualUniques) {
            unique.name().ifPresent(name -> plan.alterations.add(new DropConstraint(table, name,
                    Optional.of(unique.kind()), Optional.of(unique), false)));
        }
        for (Index index : actualIndexes) {
            index.name().ifPresent(name -> plan.alterations.add(dropIndex(table, index)));
        }
        compareForeignKeys(wanted, actual);
        compareChecks(wanted, ofType(wanted.constraints(), CheckConstraint.class),
                ofType(actual.constraints(), CheckConstraint.class));
    }

    private void compareIndex(QualifiedName table, Index index, List<Index> actualIndexes,
            List<UniqueConstraint> actualUniques) {
        Optional<Index> match = take(actualIndexes, index, this::sameIndexIdentity);
        if (match.isPresent()) {
            if (!sameIndex(index, match.get())) {
                plan.alterations.add(dropIndex(table, match.get()));
                plan.alterations.add(new CreateIndex(table, index, false, false));
            }
            return;
        }
        if (index.unique() && index.where().isEmpty() && index.elements().stream().allMatch(IndexColumn.class::isInstance)
                && take(actualUniques, new UniqueConstraint(index.name(), index.columnNames()),
                        KeyComparator::sameUniqueIdentity).isPresent()) {
            return;
        }
        plan.alterations.add(new CreateIndex(table, index, false, false));
    }

    private void compareForeignKeys(Table wantedTable, Table actualTable) {
        QualifiedName table = wantedTable.name();
        List<ForeignKey> wanted = ofType(wantedTable.constraints(), ForeignKey.class);
        List<ForeignKey> remaining = new ArrayList<>(inclusion.ofDatabase(Kind.FOREIGN_KEY, table,
                ofType(actualTable.constraints(), ForeignKey.class), wanted, ForeignKey::name));
        for (ForeignKey key : inclusion.ofModels(Kind.FOREIGN_KEY, table, wanted, ForeignKey::name)) {
            Optional<ForeignKey> match = take(remaining, key, KeyComparator::sameForeignKeyIdentity);
            if (match.isPresent() && sameForeignKey(key, match.get())) {
                continue;
            }
            match.ifPresent(old -> dropForeignKey(table, old));
            if (match.isEmpty()) {
                indexForNewKey(wantedTable, key);
            }
            plan.addForeignKeys.add(new CreateForeignKey(table, key));
        }
        for (ForeignKey key : remaining) {
            dropForeignKey(table, key);
            indexOfOldKey(actualTable, key);
        }
    }

    /**
     * Where the database made an index for a key and keeps it when the key goes (MySQL), the index goes
     * too: the one under the key's name that no other index stands in for, as {@link #indexForNewKey} made it.
     */
    private void indexOfOldKey(Table table, ForeignKey key) {
        if (!indexesForeignKeys || key.name().isEmpty() || leadsAnIndex(table, key.columns())) {
            return;
        }
        plan.alterations.add(dropIndex(table.name(), Index.on(key.name(), key.columns())));
    }

    /**
     * Where adding a key makes an index the key's removal leaves behind (MySQL), the index is made
     * explicitly first, under the key's name, so that the downgrade drops it too.
     */
    private void indexForNewKey(Table table, ForeignKey key) {
        if (!indexesForeignKeys || key.name().isEmpty() || leadsAnIndex(table, key.columns())) {
            return;
        }
        plan.alterations.add(new CreateIndex(table.name(), Index.on(key.name(), key.columns()), false, false));
    }

    private static boolean leadsAnIndex(Table table, List<String> columns) {
        List<List<String>> covering = new ArrayList<>();
        table.primaryKey().ifPresent(key -> covering.add(key.columns()));
        ofType(table.constraints(), UniqueConstraint.class).forEach(unique -> covering.add(unique.columns()));
        table.indexes().forEach(index -> covering.add(index.columnNames()));
        return covering.stream().anyMatch(candidate -> candidate.size() >= columns.size()
                && candidate.subList(0, columns.size()).equals(columns));
    }

    private void dropForeignKey(QualifiedName table, ForeignKey key) {
        key.name().ifPresent(name -> plan.dropForeignKeys.add(new DropConstraint(table, name,
                Optional.of(key.kind()), Optional.of(key), false)));
    }

    /**
     * Named checks compare by name and condition. An unnamed one (an enum's, as Hibernate writes it) on one
     * column compares with the database's only check on that column, whatever the database named it: a new
     * condition replaces it under the database's name, so that the downgrade can put the old one back.
     */
    private void compareChecks(Table wantedTable, List<CheckConstraint> wanted, List<CheckConstraint> actual) {
        QualifiedName table = wantedTable.name();
        List<CheckConstraint> remaining = new ArrayList<>(inclusion.ofDatabase(Kind.CHECK_CONSTRAINT, table, actual,
                wanted, CheckConstraint::name));
        List<CheckConstraint> unnamed = new ArrayList<>();
        for (CheckConstraint check : inclusion.ofModels(Kind.CHECK_CONSTRAINT, table, wanted, CheckConstraint::name)) {
            if (check.name().isEmpty()) {
                unnamed.add(check);
                continue;
            }
            Optional<CheckConstraint> match = take(remaining, check, (a, b) -> a.name().equals(b.name()));
            if (match.isPresent() && conditions.same(check.condition(), match.get().condition())) {
                continue;
            }
            match.ifPresent(old -> plan.dropChecks.add(new DropConstraint(table, old.name().get(),
                    Optional.of(old.kind()), Optional.of(old), false)));
            plan.alterations.add(new CreateCheckConstraint(table, check));
        }
        unnamed.removeIf(check -> take(remaining, check,
                (a, b) -> conditions.same(a.condition(), b.condition())).isPresent());
        for (CheckConstraint check : unnamed) {
            compareUnnamedCheck(wantedTable, check, remaining);
        }
        // A check the models do not name may be one of these; only named models' checks are compared.
        if (wanted.stream().allMatch(check -> check.name().isPresent())) {
            for (CheckConstraint check : remaining) {
                check.name().ifPresent(name -> plan.alterations.add(new DropConstraint(table, name,
                        Optional.of(check.kind()), Optional.of(check), false)));
            }
        }
    }

    private void compareUnnamedCheck(Table table, CheckConstraint check, List<CheckConstraint> remaining) {
        List<String> columns = CheckColumns.of(check.condition(), table);
        if (columns.size() != 1) {
            return; // on several columns or none: nothing tells which of the database's checks it would be
        }
        List<CheckConstraint> onColumn = remaining.stream()
                .filter(old -> CheckColumns.of(old.condition(), table).equals(columns)).toList();
        if (onColumn.size() > 1) {
            return;
        }
        if (onColumn.isEmpty()) {
            plan.alterations.add(new CreateCheckConstraint(table.name(), check));
            return;
        }
        CheckConstraint old = onColumn.get(0);
        remaining.remove(old);
        if (old.name().isEmpty()) {
            plan.notes.add("the check on " + table.name() + "." + columns.get(0) + " is (" + old.condition()
                    + ") and the models want (" + check.condition() + "); the database keeps it unnamed, so it"
                    + " cannot be dropped by name: write that revision by hand (on SQLite, a batchAlterTable with"
                    + " copyFrom listing the table without the old check)");
            return;
        }
        plan.dropChecks.add(new DropConstraint(table.name(), old.name().get(), Optional.of(old.kind()),
                Optional.of(old), false));
        plan.alterations.add(new CreateCheckConstraint(table.name(), new CheckConstraint(old.name(),
                check.condition())));
    }

    private DropIndex dropIndex(QualifiedName table, Index index) {
        return new DropIndex(table.withName(index.name().orElseThrow()), Optional.of(table.name()),
                Optional.of(index), false, false);
    }

    private static boolean sameUniqueIdentity(UniqueConstraint wanted, UniqueConstraint actual) {
        return wanted.name().isPresent() && actual.name().isPresent()
                ? wanted.name().equals(actual.name()) && wanted.columns().equals(actual.columns())
                : wanted.columns().equals(actual.columns());
    }

    private boolean sameIndexIdentity(Index wanted, Index actual) {
        return wanted.name().isPresent() && actual.name().isPresent()
                ? wanted.name().equals(actual.name())
                : sameIndex(wanted, actual);
    }

    private boolean sameIndex(Index wanted, Index actual) {
        return wanted.unique() == actual.unique() && sameElements(wanted.elements(), actual.elements())
                && wanted.where().map(Expressions::normal).equals(actual.where().map(Expressions::normal));
    }

    private boolean sameElements(List<IndexElement> wanted, List<IndexElement> actual) {
        if (wanted.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < wanted.size(); i++) {
            IndexElement left = wanted.get(i);
            IndexElement right = actual.get(i);
            boolean same = left instanceof IndexColumn && right instanceof IndexColumn ? left.equals(right)
                    : Expressions.same(order.normal(sql(left)), order.normal(sql(right)));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** An element as SQL, so that a column and an expression naming only that column ({@code sql("a")}) are one. */
    private static String sql(IndexElement element) {
        return element instanceof IndexColumn column ? column.name() : ((SqlExpression) element).sql();
    }

    private static boolean sameForeignKeyIdentity(ForeignKey wanted, ForeignKey actual) {
        return wanted.name().isPresent() && actual.name().isPresent()
                ? wanted.name().equals(actual.name())
                : sameForeignKeyTarget(wanted, actual);
    }

    private static boolean sameForeignKey(ForeignKey wanted, ForeignKey actual) {
        return sameForeignKeyTarget(wanted, actual)
                && action(wanted.onDelete()).equals(action(actual.onDelete()))
                && action(wanted.onUpdate()).equals(action(actual.onUpdate()));
    }

    private static boolean sameForeignKeyTarget(ForeignKey wanted, ForeignKey actual) {
        return wanted.columns().equals(actual.columns()) && wanted.referredTable().equals(actual.referredTable())
                && wanted.referredColumns().equals(actual.referredColumns());
    }

    /** No action and restrict differ only in when they check, which no database here lets a key change. */
    private static ReferentialAction action(Optional<ReferentialAction> action) {
        ReferentialAction value = action.orElse(ReferentialAction.NO_ACTION);
        return value == ReferentialAction.RESTRICT ? ReferentialAction.NO_ACTION : value;
    }

    private static <T> List<T> ofType(List<? extends Constraint> constraints, Class<T> type) {
        return constraints.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> Optional<T> take(List<T> candidates, T wanted, BiPredicate<T, T> matches) {
        for (int i = 0; i < candidates.size(); i++) {
            if (matches.test(wanted, candidates.get(i))) {
                return Optional.of(candidates.remove(i));
            }
        }
        return Optional.empty();
    }
}
