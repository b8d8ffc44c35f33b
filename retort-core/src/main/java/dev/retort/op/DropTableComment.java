package dev.retort.op;

import dev.retort.schema.Names;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/** Removes a table's comment; reversible when the comment removed ({@code existingComment}) is known. */
public record DropTableComment(QualifiedName table, Optional<String> existingComment) implements Operation {

    public DropTableComment {
        Objects.requireNonNull(table, "table");
        existingComment = Names.requireOptionalText(existingComment, "existing comment of table " + table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropTableComment(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return existingComment.map(previous -> new CreateTableComment(table, previous, Optional.empty()));
    }
}
