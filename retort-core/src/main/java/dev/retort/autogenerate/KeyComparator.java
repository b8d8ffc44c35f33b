package dev.retort.autogenerate;

import dev.retort.hook.SchemaObject.Kind;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.Operation;
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
 * and created again, and a name is freed before it is taken again ({@link NameReuse}). A unique constraint
 * and a unique index on the same columns are the same thing, as MySQL and SQLite keep one as the other.
 * Unnamed check constraints are left alone, as in Alembic: the database names them itself.
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
        List<Operation> changes = new ArrayList<>();
        List<Index> actualIndexes = new ArrayList<>(inclusion.ofDatabase(Kind.INDEX, table, actual.indexes(),
                wanted.indexes(), Index::name));
        List<UniqueConstraint> wantedUniques = ofType(wanted.constraints(), UniqueConstraint.class);
        List<UniqueConstraint> actualUniques = new ArrayList<>(inclusion.ofDatabase(Kind.UNIQUE_CONSTRAINT, table,
                ofType(actual.constraints(), UniqueConstraint.class), wantedUniques, UniqueConstraint::name));
        for (UniqueConstraint unique : inclusion.ofModels(Kind.UNIQUE_CONSTRAINT, table, wantedUniques,
                UniqueConstraint::name)) {
            compareUnique(table, unique, actualIndexes, actualUniques, changes);
        }
        for (Index index : inclusion.ofModels(Kind.INDEX, table, wanted.indexes(), Index::name)) {
            compareIndex(table, index, actualIndexes, actualUniques, changes);
        }
        for (UniqueConstraint unique : actualUniques) {
            unique.name().ifPresent(name -> changes.add(dropUnique(table, unique)));
        }
        for (Index index : actualIndexes) {
            index.name().ifPresent(name -> changes.add(dropIndex(table, index)));
        }
        compareForeignKeys(wanted, actual, changes);
        plan.alterations.addAll(NameReuse.dropsFirst(changes));
        compareChecks(wanted, ofType(wanted.constraints(), CheckConstraint.class),
                ofType(actual.constraints(), CheckConstraint.class));
    }

    /** A unique constraint, which the database may have as a unique index of its name or on its columns. */
    private void compareUnique(QualifiedName table, UniqueConstraint unique, List<Index> actualIndexes,
            List<UniqueConstraint> actualUniques, List<Operation> changes) {
        if (take(actualUniques, unique, KeyComparator::sameUniqueIdentity).isPresent()) {
            return;
        }
        take(actualUniques, unique, (a, b) -> a.name().isPresent() && a.name().equals(b.name()))
                .ifPresent(old -> changes.add(dropUnique(table, old)));
        Index asIndex = Index.on(unique.name(), unique.columns()).unique(true);
        Optional<Index> match = take(actualIndexes, asIndex, this::sameIndexIdentity);
        if (match.isPresent() && sameIndex(asIndex, match.get())) {
            return;
        }
        match.ifPresent(old -> changes.add(dropIndex(table, old)));
        changes.add(new CreateUniqueConstraint(table, unique));
    }

    private void compareIndex(QualifiedName table, Index index, List<Index> actualIndexes,
            List<UniqueConstraint> actualUniques, List<Operation> changes) {
        Optional<Index> match = take(actualIndexes, index, this::sameIndexIdentity);
        if (match.isPresent()) {
            if (!sameIndex(index, match.get())) {
                changes.add(dropIndex(table, match.get()));
                changes.add(new CreateIndex(table, index, false, false));
            }
            return;
        }
        if (index.unique() && index.where().isEmpty() && index.elements().stream().allMatch(IndexColumn.class::isInstance)
                && take(actualUniques, new UniqueConstraint(index.name(), index.columnNames()),
                        KeyComparator::sameUniqueIdentity).isPresent()) {
            return;
        }
        changes.add(new CreateIndex(table, index, false, false));
    }

    /**
     * Foreign keys, matched by name (or, unnamed, by what they refer to); one that changed is dropped and added
     * again. Where the database makes an index for a key (MySQL), a key whose columns change has its index
     * replaced too: the old one dropped with the old key, before the new one is made for the new key.
     */
    private void compareForeignKeys(Table wantedTable, Table actualTable, List<Operation> changes) {
        QualifiedName table = wantedTable.name();
        List<ForeignKey> wanted = ofType(wantedTable.constraints(), ForeignKey.class);
        List<ForeignKey> remaining = new ArrayList<>(inclusion.ofDatabase(Kind.FOREIGN_KEY, table,
                ofType(actualTable.constraints(), ForeignKey.class), wanted, ForeignKey::name));
        for (ForeignKey key : inclusion.ofModels(Kind.FOREIGN_KEY, table, wanted, ForeignKey::name)) {
            Optional<ForeignKey> match = take(remaining, key, KeyComparator::sameForeignKeyIdentity);
            if (match.isPresent() && sameForeignKey(key, match.get())) {
                continue;
            }
            boolean sameColumns = match.filter(old -> old.columns().equals(key.columns())).isPresent();
            match.ifPresent(old -> dropForeignKey(actualTable, old, !sameColumns));
            if (!sameColumns) {
                indexForNewKey(wantedTable, key, changes);
            }
            plan.addForeignKeys.add(new CreateForeignKey(table, key));
        }
        for (ForeignKey key : remaining) {
            dropForeignKey(actualTable, key, true);
        }
    }

    /**
     * Drops a key and, with {@code withIndex}, the index under its name that the database made for it or that
     * {@link #indexForNewKey} made: right after the key, before any index is made. MySQL drops an index it made
     * for a key by itself once another index covers the key's columns, so that a later drop would find none.
     */
    private void dropForeignKey(Table table, ForeignKey key, boolean withIndex) {
        if (key.name().isEmpty()) {
            return;
        }
        plan.dropForeignKeys.add(new DropConstraint(table.name(), key.name().get(), Optional.of(key.kind()),
                Optional.of(key), false));
        if (withIndex && indexesForeignKeys && !coveredByAnotherIndex(table, key)) {
            plan.dropForeignKeys.add(dropIndex(table.name(), Index.on(key.name(), key.columns())));
        }
    }

    /**
     * Where adding a key makes an index the key's removal leaves behind (MySQL), the index is made
     * explicitly first, under the key's name, so that the downgrade drops it too.
     */
    private void indexForNewKey(Table table, ForeignKey key, List<Operation> changes) {
        if (!indexesForeignKeys || key.name().isEmpty() || leadsAnIndex(table, key.columns(), List.of())) {
            return;
        }
        changes.add(new CreateIndex(table.name(), Index.on(key.name(), key.columns()), false, false));
    }

    /**
     * Whether an index other than the key's own leads with its columns, so that the database made none for it
     * or dropped the one it made: the primary key, a unique constraint, an index, or another foreign key's
     * index (which reflection leaves out, as the key's own).
     */
    private static boolean coveredByAnotherIndex(Table table, ForeignKey key) {
        List<List<String>> otherKeys = ofType(table.constraints(), ForeignKey.class).stream()
                .filter(other -> !other.name().equals(key.name())).map(ForeignKey::columns).toList();
        return leadsAnIndex(table, key.columns(), otherKeys);
    }

    private static boolean leadsAnIndex(Table table, List<String> columns, List<List<String>> moreIndexes) {
        List<List<String>> covering = new ArrayList<>(moreIndexes);
        table.primaryKey().ifPresent(key -> covering.add(key.columns()));
        ofType(table.constraints(), UniqueConstraint.class).forEach(unique -> covering.add(unique.columns()));
        table.indexes().forEach(index -> covering.add(index.columnNames()));
        return covering.stream().anyMatch(candidate -> candidate.size() >= columns.size()
                && candidate.subList(0, columns.size()).equals(columns));
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

    private static DropConstraint dropUnique(QualifiedName table, UniqueConstraint unique) {
        return new DropConstraint(table, unique.name().orElseThrow(), Optional.of(unique.kind()), Optional.of(unique),
                false);
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
