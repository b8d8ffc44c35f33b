package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a table's comment. {@code existingComment} is the comment it replaces; empty means the table had
 * none (as in Alembic), which is what the reverse restores.
 */
public record CreateTableComment(QualifiedName table, String comment, Optional<String> existingComment)
        implements Operation {

    public CreateTableComment {
        Objects.requireNonNull(table, "table");
        // An empty comment is one, as Alembic writes it: COMMENT ON TABLE t IS ''.
        Objects.requireNonNull(comment, "comment of table " + table);
        Objects.requireNonNull(existingComment, "existing comment of table " + table);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateTableComment(this);
    }

    @Override
    public Optional<Operation> reverse() {
        return Optional.of(existingComment
                .<Operation>map(previous -> new CreateTableComment(table, previous, Optional.of(comment)))
                .orElseGet(() -> new DropTableComment(table, Optional.of(comment))));
    }
}
