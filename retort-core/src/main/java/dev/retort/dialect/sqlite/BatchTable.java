package dev.retort.dialect.sqlite;

import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.Computed;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table being changed by a batch: its columns, each remembering the column of the current table it is
 * copied from (none for an added column), its key, constraints, indexes and comment. Unnamed checks and
 * unique constraints of the current table stay, unlike in Alembic, since they are in its definition.
 */
final class BatchTable {
    /** A column of the new table and the column of the current table whose values it takes, if any. */
    record Slot(Column column, Optional<String> source) {}

    final QualifiedName name;
    final List<Slot> slots = new ArrayList<>();
    Optional<PrimaryKey> primaryKey;
    final List<Constraint> constraints;
    final List<Index> indexes;
    Optional<String> comment;
    /** Names of the current table's columns that the batch drops or renames. */
    final Set<String> removed = new HashSet<>();
    /** The current table's columns by name. */
    final Map<String, Column> original = new HashMap<>();

    BatchTable(Table current) {
        name = current.name();
        current.columns().forEach(column -> slots.add(new Slot(column, Optional.of(column.name()))));
        current.columns().forEach(column -> original.put(column.name(), column));
        primaryKey = current.primaryKey();
        constraints = new ArrayList<>(current.constraints().stream().map(constraint -> constraint instanceof
                CheckConstraint check ? new CheckConstraint(check.name(), CheckCondition.unqualified(check.condition(),
                        name.name())) : constraint).toList());
        indexes = new ArrayList<>(current.indexes());
        comment = current.comment();
    }

    int indexOf(String column) {
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).column().name().equals(column)) {
                return i;
            }
        }
        throw refuse("column " + column, "table " + name + " has no column " + column + "; it has "
                + slots.stream().map(slot -> slot.column().name()).toList());
    }

    void add(Column column, Optional<ColumnPosition> position) {
        Slot slot = new Slot(column, Optional.empty());
        if (position.isEmpty()) {
            slots.add(slot);
        } else {
            place(slot, position.get());
        }
    }

    void place(Slot slot, ColumnPosition position) {
        int at = indexOf(position.column());
        slots.add(position.placement() == ColumnPosition.Placement.BEFORE ? at : at + 1, slot);
    }

    void replace(int index, Column column) {
        slots.set(index, new Slot(column, slots.get(index).source()));
    }

    /**
     * Renames a column in the key, unique constraints, foreign keys, check conditions, indexes and the expressions
     * of generated columns; {@code quotedTo} is the new name as SQL writes it.
     */
    void renameReferences(String from, String to, String quotedTo) {
        removed.add(from);
        slots.replaceAll(slot -> slot.column().computed().map(computed -> new Slot(slot.column().computed(
                new Computed(new SqlExpression(CheckCondition.renamed(computed.sql(), from, quotedTo)),
                        computed.stored())), slot.source())).orElse(slot));
        primaryKey = primaryKey.map(key -> new PrimaryKey(key.name(), renamed(key.columns(), from, to)));
        constraints.replaceAll(constraint -> constraint instanceof CheckConstraint check
                ? new CheckConstraint(check.name(), CheckCondition.renamed(check.condition(), from, quotedTo))
                : renamed(constraint, from, to));
        indexes.replaceAll(index -> new Index(index.name(), index.elements().stream()
                .map(element -> element instanceof IndexColumn column && column.name().equals(from)
                        ? new IndexColumn(to)
                        : element instanceof SqlExpression expression
                                ? new SqlExpression(CheckCondition.renamed(expression.sql(), from, quotedTo))
                                : element)
                .toList(), index.unique(), index.where().map(where -> CheckCondition.renamed(where, from, quotedTo)),
                index.dialectOptions()));
    }

    /** The constraint over the renamed column; a key referring to this table refers to it by its new name. */
    private Constraint renamed(Constraint constraint, String from, String to) {
        if (constraint instanceof UniqueConstraint unique) {
            return new UniqueConstraint(unique.name(), renamed(unique.columns(), from, to));
        } else if (constraint instanceof ForeignKey key) {
            boolean toItself = key.referredTable().name().equalsIgnoreCase(name.name());
            return new ForeignKey(key.name(), renamed(key.columns(), from, to), key.referredTable(),
                    toItself ? renamed(key.referredColumns(), from, to) : key.referredColumns(), key.onDelete(),
                    key.onUpdate(), key.deferrable(), key.initially(), key.match());
        }
        return constraint;
    }

    private static List<String> renamed(List<String> columns, String from, String to) {
        return columns.stream().map(column -> column.equals(from) ? to : column).toList();
    }

    /**
     * Fails, naming them, when constraints or indexes still use columns the batch dropped or renamed. An
     * unnamed unique, foreign key or check over a dropped column goes with it, as in Alembic: it cannot be
     * dropped by name.
     */
    void requireNoDanglingReferences() {
        Set<String> present = new HashSet<>();
        slots.forEach(slot -> present.add(slot.column().name()));
        constraints.removeIf(constraint -> constraint.name().isEmpty()
                && !present.containsAll(usedColumns(constraint, present)));
        List<String> dangling = new ArrayList<>();
        primaryKey.filter(key -> !present.containsAll(key.columns()))
                .ifPresent(key -> dangling.add("primary key " + key.name().orElse("(unnamed)") + " " + key.columns()));
        for (Constraint constraint : constraints) {
            List<String> used = usedColumns(constraint, present);
            if (!present.containsAll(used)) {
                dangling.add(describe(constraint));
            }
        }
        indexes.stream().filter(index -> !present.containsAll(index.columnNames()) || readsGone(index, present))
                .forEach(index -> dangling.add("index " + index.name().orElse("(unnamed)") + " " + describe(index)));
        slots.stream().map(Slot::column).filter(column -> column.computed().isPresent()
                && mentionsGone(List.of(column.computed().get().sql()), present))
                .forEach(column -> dangling.add("generated column " + column.name() + " ("
                        + column.computed().get().sql() + ")"));
        if (!dangling.isEmpty() && removed.isEmpty()) {
            throw refuse("columns the table does not have", "the batch on " + name + " gives columns the table does"
                    + " not have to these: " + String.join("; ", dangling) + ". Add the columns first, or correct"
                    + " the names");
        }
        if (!dangling.isEmpty()) {
            throw refuse("dropped or renamed columns " + removed, "the batch on " + name + " drops or renames "
                    + "columns " + removed + " that these still use: " + String.join("; ", dangling) + ". Drop them "
                    + "in the same batch (and create them again over the new columns if needed)");
        }
    }

    /** Whether an index's expressions or partial condition name a column the batch dropped or renamed. */
    private boolean readsGone(Index index, Set<String> present) {
        List<String> texts = new ArrayList<>();
        index.where().ifPresent(texts::add);
        index.elements().stream().filter(SqlExpression.class::isInstance)
                .forEach(element -> texts.add(((SqlExpression) element).sql()));
        return mentionsGone(texts, present);
    }

    /** Whether any of the SQL texts names a column the batch dropped or renamed. */
    private boolean mentionsGone(List<String> texts, Set<String> present) {
        return removed.stream().filter(column -> !present.contains(column))
                .anyMatch(column -> texts.stream().anyMatch(text -> CheckCondition.mentions(text, column)));
    }

    /** An index's columns and expressions, as its definition lists them: {@code [name, lower(email)]}. */
    private static String describe(Index index) {
        return index.elements().stream().map(element -> element instanceof IndexColumn column ? column.name()
                : ((SqlExpression) element).sql()).toList().toString();
    }

    private List<String> usedColumns(Constraint constraint, Set<String> present) {
        if (constraint instanceof UniqueConstraint unique) {
            return unique.columns();
        } else if (constraint instanceof ForeignKey key) {
            return key.columns();
        } else if (constraint instanceof CheckConstraint check) {
            return removed.stream().filter(column -> !present.contains(column))
                    .filter(column -> CheckCondition.mentions(check.condition(), column)).toList();
        }
        return ((PrimaryKey) constraint).columns();
    }

    /** The constraint as a message names it, with its condition or its columns: {@code unique constraint uq [name]}. */
    private static String describe(Constraint constraint) {
        String named = constraint.kind().alembicName() + " constraint " + constraint.name().orElse("(unnamed)");
        if (constraint instanceof CheckConstraint check) {
            return named + " (" + check.condition() + ")";
        }
        List<String> columns = constraint instanceof UniqueConstraint unique ? unique.columns()
                : constraint instanceof ForeignKey key ? key.columns() : ((PrimaryKey) constraint).columns();
        return named + " " + columns;
    }

    static UnsupportedOperationForDialectException refuse(String feature, String message) {
        return new UnsupportedOperationForDialectException("sqlite", "batch: " + feature, message);
    }

    /** The new table under {@code tableName}, without indexes (they are created once it has its name). */
    Table build(QualifiedName tableName) {
        List<Column> columns = slots.stream().map(Slot::column).toList();
        return new Table(tableName, columns, primaryKey, constraints, List.of(), comment);
    }
}
