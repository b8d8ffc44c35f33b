package dev.retort.op;

import dev.retort.schema.Names;
import java.util.Optional;

/** SQL run as it is written. It cannot be reversed: the revision's downgrade says what undoes it. */
public record Execute(String sql) implements Operation {

    public Execute {
        Names.requireText(sql, "execute");
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitExecute(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.empty();
    }
}
