package dev.retort.op;

import dev.retort.schema.Names;
import java.util.Objects;
import java.util.Optional;

/**
 * SQL run as it is written. It is reversed only by the SQL {@code undo} that whoever made it gave
 * (autogenerate does, for an enum type it creates); otherwise the revision's downgrade says what undoes it.
 */
public record Execute(String sql, Optional<String> undo) implements Operation {

    public Execute {
        Names.requireText(sql, "execute");
        Objects.requireNonNull(undo, "undo");
        undo.ifPresent(text -> Names.requireText(text, "undo of execute"));
    }

    /** SQL that cannot be reversed from what it says. */
    public Execute(String sql) {
        this(sql, Optional.empty());
    }

    /** SQL with the SQL that undoes it. */
    public Execute(String sql, String undo) {
        this(sql, Optional.of(undo));
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecute(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return undo.map(text -> new Execute(text, sql));
    }
}
