package dev.retort.op;

import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Names;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.ServerDefault;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link AlterColumn} changes; an empty optional or {@link Change.Unchanged} leaves that
 * attribute as it is. {@code using} is PostgreSQL's {@code USING} expression for a type change;
 * {@code identity} adds, changes or drops the column's identity; {@code position} moves the column when
 * a batch rebuilds the table.
 */
public record ColumnChange(
        Optional<String> newName,
        Optional<ColumnType> type,
        Optional<String> using,
        Optional<Boolean> nullable,
        Change<ServerDefault> serverDefault,
        Change<String> comment,
        Optional<Boolean> autoincrement,
        Change<Identity> identity,
        Optional<ColumnPosition> position) {

    /** A change that changes nothing, to start from. */
    public static final ColumnChange NONE = new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(),
            Optional.empty());

    public ColumnChange {
        newName = Names.requireOptional(newName, "new column name");
        Objects.requireNonNull(type, "type");
        using = Names.requireOptionalText(using, "USING expression");
        if (using.isPresent() && type.isEmpty()) {
            throw new SchemaDefinitionException("USING " + using.get(), "a USING expression goes with a new type");
        }
        Objects.requireNonNull(nullable, "nullable");
        Objects.requireNonNull(serverDefault, "serverDefault");
        Objects.requireNonNull(comment, "comment");
        comment = requireCommentText(comment);
        Objects.requireNonNull(autoincrement, "autoincrement");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(position, "position");
    }

    /** Whether this changes anything at all. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether this changes anything but the column's position, which no reverse can restore. */
    public boolean changesDefinition() {
        return !withoutPosition().isEmpty();
    }

    ColumnChange withoutPosition() {
        return new ColumnChange(newName, type, using, nullable, serverDefault, comment, autoincrement,
                identity, Optional.empty());
    }

    private static Change<String> requireCommentText(Change<String> comment) {
        if (comment instanceof Change.SetTo<String> set) {
            Names.requireText(set.value(), "column comment");
        }
        return comment;
    }
}
