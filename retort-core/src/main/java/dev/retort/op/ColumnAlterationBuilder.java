package dev.retort.op;

import dev.retort.api.ColumnAlteration;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ServerDefault;
import java.util.Objects;
import java.util.Optional;

/** Collects what a revision says in {@code op.alterColumn(..., alter -> ...)} into an {@link AlterColumn}. */
final class ColumnAlterationBuilder implements ColumnAlteration {
    private Optional<String> newName = Optional.empty();
    private Optional<ColumnType> type = Optional.empty();
    private Optional<String> using = Optional.empty();
    private Optional<Boolean> nullable = Optional.empty();
    private Change<ServerDefault> serverDefault = Change.unchanged();
    private Change<String> comment = Change.unchanged();
    private Optional<Boolean> autoincrement = Optional.empty();
    private Change<Identity> identity = Change.unchanged();
    private Optional<ColumnPosition> position = Optional.empty();
    private Optional<ColumnType> existingType = Optional.empty();
    private Optional<Boolean> existingNullable = Optional.empty();
    private Existing<ServerDefault> existingServerDefault = Existing.unknown();
    private Existing<String> existingComment = Existing.unknown();
    private Optional<Boolean> existingAutoincrement = Optional.empty();
    private Existing<Identity> existingIdentity = Existing.unknown();

    AlterColumn build(QualifiedName table, String column) {
        ColumnChange change = new ColumnChange(newName, type, using, nullable, serverDefault, comment, autoincrement,
                identity, position);
        ColumnState existing = new ColumnState(existingType, existingNullable, existingServerDefault,
                existingComment, existingAutoincrement, existingIdentity);
        return new AlterColumn(table, column, change, existing);
    }

    @Override
    public ColumnAlteration rename(String name) {
        newName = Optional.of(name);
        return this;
    }

    @Override
    public ColumnAlteration type(ColumnType newType) {
        type = Optional.of(newType);
        return this;
    }

    @Override
    public ColumnAlteration type(ColumnType newType, String usingExpression) {
        type = Optional.of(newType);
        using = Optional.of(usingExpression);
        return this;
    }

    @Override
    public ColumnAlteration nullable(boolean isNullable) {
        nullable = Optional.of(isNullable);
        return this;
    }

    @Override
    public ColumnAlteration serverDefault(ServerDefault value) {
        serverDefault = Change.to(Objects.requireNonNull(value, "server default; use dropServerDefault()"));
        return this;
    }

    @Override
    public ColumnAlteration dropServerDefault() {
        serverDefault = Change.drop();
        return this;
    }

    @Override
    public ColumnAlteration comment(String text) {
        comment = Change.to(Objects.requireNonNull(text, "comment; use dropComment()"));
        return this;
    }

    @Override
    public ColumnAlteration dropComment() {
        comment = Change.drop();
        return this;
    }

    @Override
    public ColumnAlteration autoincrement(boolean enabled) {
        autoincrement = Optional.of(enabled);
        return this;
    }

    @Override
    public ColumnAlteration identity(Identity generation) {
        identity = Change.to(Objects.requireNonNull(generation, "identity; use dropIdentity()"));
        return this;
    }

    @Override
    public ColumnAlteration dropIdentity() {
        identity = Change.drop();
        return this;
    }

    @Override
    public ColumnAlteration insertBefore(String column) {
        position = Optional.of(ColumnPosition.before(column));
        return this;
    }

    @Override
    public ColumnAlteration insertAfter(String column) {
        position = Optional.of(ColumnPosition.after(column));
        return this;
    }

    @Override
    public ColumnAlteration existingType(ColumnType previous) {
        existingType = Optional.of(previous);
        return this;
    }

    @Override
    public ColumnAlteration existingNullable(boolean previous) {
        existingNullable = Optional.of(previous);
        return this;
    }

    @Override
    public ColumnAlteration existingServerDefault(ServerDefault previous) {
        existingServerDefault = Existing.of(Objects.requireNonNull(previous,
                "existing server default; use existingServerDefaultAbsent()"));
        return this;
    }

    @Override
    public ColumnAlteration existingServerDefaultAbsent() {
        existingServerDefault = Existing.absent();
        return this;
    }

    @Override
    public ColumnAlteration existingComment(String previous) {
        existingComment = Existing.of(Objects.requireNonNull(previous, "existing comment; use existingCommentAbsent()"));
        return this;
    }

    @Override
    public ColumnAlteration existingCommentAbsent() {
        existingComment = Existing.absent();
        return this;
    }

    @Override
    public ColumnAlteration existingAutoincrement(boolean previous) {
        existingAutoincrement = Optional.of(previous);
        return this;
    }

    @Override
    public ColumnAlteration existingIdentity(Identity previous) {
        existingIdentity = Existing.of(Objects.requireNonNull(previous,
                "existing identity; use existingIdentityAbsent()"));
        return this;
    }

    @Override
    public ColumnAlteration existingIdentityAbsent() {
        existingIdentity = Existing.absent();
        return this;
    }
}
