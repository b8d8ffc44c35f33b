package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A foreign key: {@code columns} of this table refer to {@code referredColumns} of {@code referredTable},
 * pairwise. The optional parts are written only when given, so the database's defaults apply otherwise.
 * The {@code with...}-style methods ({@link #onDelete(ReferentialAction)}, ...) return modified copies.
 */
public record ForeignKey(
        Optional<String> name,
        List<String> columns,
        QualifiedName referredTable,
        List<String> referredColumns,
        Optional<ReferentialAction> onDelete,
        Optional<ReferentialAction> onUpdate,
        Optional<Boolean> deferrable,
        Optional<Initially> initially,
        Optional<Match> match) implements Constraint {

    /** When a deferrable constraint is checked by default. */
    public enum Initially { DEFERRED, IMMEDIATE }

    /** How composite keys with nulls are matched. */
    public enum Match { SIMPLE, PARTIAL, FULL }

    public ForeignKey {
        name = Names.requireOptional(name, "foreign key name");
        String subject = "foreign key " + name.orElse("(unnamed)");
        columns = Names.requireList(columns, subject);
        Objects.requireNonNull(referredTable, "referredTable");
        referredColumns = Names.requireList(referredColumns, subject + " referring to " + referredTable);
        if (columns.size() != referredColumns.size()) {
            throw new SchemaDefinitionException(subject, "it has " + columns.size() + " columns " + columns
                    + " but refers to " + referredColumns.size() + " " + referredColumns + "; give one each");
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferrable, "deferrable");
        Objects.requireNonNull(initially, "initially");
        Objects.requireNonNull(match, "match");
    }

    /** A foreign key with no options: the database's defaults apply. */
    public static ForeignKey of(Optional<String> name, List<String> columns, QualifiedName referredTable,
            List<String> referredColumns) {
        return new ForeignKey(name, columns, referredTable, referredColumns, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public ConstraintKind kind() {
        return ConstraintKind.FOREIGN_KEY;
    }

    /** This key referring to the same columns of a table named otherwise (the same table in another spelling). */
    public ForeignKey referringTo(QualifiedName table) {
        return new ForeignKey(name, columns, table, referredColumns, onDelete, onUpdate, deferrable, initially, match);
    }

    /** This key under another name. */
    public ForeignKey name(String newName) {
        return new ForeignKey(Optional.of(newName), columns, referredTable, referredColumns, onDelete, onUpdate,
                deferrable, initially, match);
    }

    /** This key with {@code ON DELETE action}. */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referredTable, referredColumns, Optional.of(action), onUpdate,
                deferrable, initially, match);
    }

    /** This key with {@code ON UPDATE action}. */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, Optional.of(action),
                deferrable, initially, match);
    }

    /** This key with {@code DEFERRABLE} or {@code NOT DEFERRABLE}. */
    public ForeignKey deferrable(boolean isDeferrable) {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, onUpdate,
                Optional.of(isDeferrable), initially, match);
    }

    /** This key with {@code INITIALLY DEFERRED} or {@code INITIALLY IMMEDIATE}. */
    public ForeignKey initially(Initially when) {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, onUpdate, deferrable,
                Optional.of(when), match);
    }

    /** This key with {@code MATCH FULL}, {@code PARTIAL} or {@code SIMPLE}. */
    public ForeignKey match(Match how) {
        return new ForeignKey(name, columns, referredTable, referredColumns, onDelete, onUpdate, deferrable,
                initially, Optional.of(how));
    }
}
