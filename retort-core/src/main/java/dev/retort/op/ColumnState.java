package dev.retort.op;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Names;
import dev.retort.schema.ServerDefault;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a column before an {@link AlterColumn}: Alembic's {@code existing_type},
 * {@code existing_nullable}, {@code existing_server_default}, {@code existing_comment} and
 * {@code existing_autoincrement}, and the identity the column has. MySQL must restate them when it
 * changes the column, and the reverse of an alteration restores them.
 */
public record ColumnState(
        Optional<ColumnType> type,
        Optional<Boolean> nullable,
        Existing<ServerDefault> serverDefault,
        Existing<String> comment,
        Optional<Boolean> autoincrement,
        Existing<Identity> identity) {

    /** Nothing known. */
    public static final ColumnState UNKNOWN = new ColumnState(Optional.empty(), Optional.empty(),
            Existing.unknown(), Existing.unknown(), Optional.empty(), Existing.unknown());

    public ColumnState {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(nullable, "nullable");
        Objects.requireNonNull(serverDefault, "serverDefault");
        Objects.requireNonNull(comment, "comment");
        if (comment instanceof Existing.Present<String> present) {
            Names.requireText(present.value(), "existing column comment");
        }
        Objects.requireNonNull(autoincrement, "autoincrement");
        Objects.requireNonNull(identity, "identity");
    }
}
