package dev.retort.op;

import java.util.Optional;

/**
 * One change to a database, as an immutable value: what {@code op.addColumn(...)} in a revision records,
 * what autogenerate produces, and what a dialect compiles to SQL. Dispatch over the kinds with
 * {@link #accept(OperationVisitor)}; a new kind then fails to compile in every dialect until handled.
 */
public sealed interface Operation permits
        CreateTable, DropTable, RenameTable, CreateTableComment, DropTableComment,
        AddColumn, DropColumn, AlterColumn,
        CreateIndex, DropIndex,
        CreatePrimaryKey, CreateUniqueConstraint, CreateForeignKey, CreateCheckConstraint, DropConstraint,
        CreateSequence, AlterSequence, DropSequence,
        Execute, BulkInsert, BatchAlterTable {

    <R> R accept(OperationVisitor<R> visitor);

    /**
     * The operation that undoes this one, or empty when this one cannot be undone from what it knows:
     * a dropped column without its definition, raw SQL, inserted rows.
     */
    Optional<Operation> reverse();
}
