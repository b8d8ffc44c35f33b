package dev.retort.op;

/**
 * One method per kind of {@link Operation}, with no defaults: a dialect compiler, a renderer or any other
 * implementor stops compiling when an operation is added, until it handles it.
 */
public interface OperationVisitor<R> {

    R visitCreateTable(CreateTable operation);

    R visitDropTable(DropTable operation);

    R visitRenameTable(RenameTable operation);

    R visitCreateTableComment(CreateTableComment operation);

    R visitDropTableComment(DropTableComment operation);

    R visitAddColumn(AddColumn operation);

    R visitDropColumn(DropColumn operation);

    R visitAlterColumn(AlterColumn operation);

    R visitCreateIndex(CreateIndex operation);

    R visitDropIndex(DropIndex operation);

    R visitCreatePrimaryKey(CreatePrimaryKey operation);

    R visitCreateUniqueConstraint(CreateUniqueConstraint operation);

    R visitCreateForeignKey(CreateForeignKey operation);

    R visitCreateCheckConstraint(CreateCheckConstraint operation);

    R visitDropConstraint(DropConstraint operation);

    R visitCreateSequence(CreateSequence operation);

    R visitAlterSequence(AlterSequence operation);

    R visitDropSequence(DropSequence operation);

    R visitExecute(Execute operation);

    R visitBulkInsert(BulkInsert operation);

    R visitBatchAlterTable(BatchAlterTable operation);
}
