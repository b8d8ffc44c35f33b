package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.Optional;

/** The table an operation changes, for operations that may be inside a batch; empty for the others. */
final class BatchMembership implements OperationVisitor<Optional<QualifiedName>> {

    @Override
    public Optional<QualifiedName> visitCreateTable(CreateTable operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitDropTable(DropTable operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitRenameTable(RenameTable operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitCreateTableComment(CreateTableComment operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitDropTableComment(DropTableComment operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitAddColumn(AddColumn operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitDropColumn(DropColumn operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitAlterColumn(AlterColumn operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitCreateIndex(CreateIndex operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitDropIndex(DropIndex operation) {
        return operation.qualifiedTable();
    }

    @Override
    public Optional<QualifiedName> visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitCreateForeignKey(CreateForeignKey operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitDropConstraint(DropConstraint operation) {
        return Optional.of(operation.table());
    }

    @Override
    public Optional<QualifiedName> visitCreateSequence(CreateSequence operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitAlterSequence(AlterSequence operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitDropSequence(DropSequence operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitExecute(Execute operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitBulkInsert(BulkInsert operation) {
        return Optional.empty();
    }

    @Override
    public Optional<QualifiedName> visitBatchAlterTable(BatchAlterTable operation) {
        return Optional.empty();
    }
}
