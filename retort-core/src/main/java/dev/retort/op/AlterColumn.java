package dev.retort.op;

import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import java.util.Objects;
import java.util.Optional;

/**
 * Alembic's {@code alter_column}: renames a column and changes its type, nullability, server default,
 * comment, autoincrement or identity, as {@link ColumnChange} says, knowing what {@link ColumnState} says of the
 * column before. It must change something.
 *
 * <p>The reverse exists when the previous value of every changed attribute is known; it sets them back
 * and knows the new values as its existing ones. It leaves out the {@code USING} expression and the
 * position, which cannot be inferred backwards.
 */
public record AlterColumn(QualifiedName table, String column, ColumnChange change, ColumnState existing)
        implements Operation {

    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Names.require(column, "column to alter in " + table);
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(existing, "existing");
        if (change.isEmpty()) {
            throw new SchemaDefinitionException("alter_column " + table + "." + column, "it changes nothing; "
                    + "give a new name, type, nullability, server default, comment, autoincrement or identity");
        }
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }

    @Override
    public Optional<Operation> reverse() {
        if (!change.changesDefinition() || !previousValuesKnown()) {
            return Optional.empty();
        }
        ColumnChange back = new ColumnChange(
                change.newName().map(newName -> column),
                change.type().flatMap(type -> existing.type()),
                Optional.empty(),
                change.nullable().flatMap(nullable -> existing.nullable()),
                change.serverDefault().isChange() ? existing.serverDefault().restoring() : Change.unchanged(),
                change.comment().isChange() ? existing.comment().restoring() : Change.unchanged(),
                change.autoincrement().flatMap(autoincrement -> existing.autoincrement()),
                change.identity().isChange() ? existing.identity().restoring() : Change.unchanged(),
                Optional.empty());
        ColumnState after = new ColumnState(
                change.type().or(existing::type),
                change.nullable().or(existing::nullable),
                change.serverDefault().applyTo(existing.serverDefault()),
                change.comment().applyTo(existing.comment()),
                change.autoincrement().or(existing::autoincrement),
                change.identity().applyTo(existing.identity()));
        return Optional.of(new AlterColumn(table, change.newName().orElse(column), back, after));
    }

    private boolean previousValuesKnown() {
        return (change.type().isEmpty() || existing.type().isPresent())
                && (change.nullable().isEmpty() || existing.nullable().isPresent())
                && (!change.serverDefault().isChange() || existing.serverDefault().isKnown())
                && (!change.comment().isChange() || existing.comment().isKnown())
                && (change.autoincrement().isEmpty() || existing.autoincrement().isPresent())
                && (!change.identity().isChange() || existing.identity().isKnown());
    }
}
