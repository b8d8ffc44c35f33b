package dev.retort.autogenerate;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.op.OperationVisitor;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;

/**
 * Names the default schema in the foreign keys that refer to one of its tables from a table of another schema.
 * Models and reflection name the default schema's tables without a schema, and an unqualified {@code REFERENCES
 * parent} in the DDL of {@code billing.invoice} is looked for in {@code billing} by MySQL, MariaDB and H2 (and
 * through the search path by PostgreSQL), so the operations autogenerate writes say {@code public.parent}, the
 * default schema's name as the connection gives it. Operations of the default schema's own tables keep their
 * keys unqualified, as do all of them when the name is not known (SQLite).
 */
public final class DefaultSchemaReferents implements OperationVisitor<Operation> {
    private final String defaultSchema;

    private DefaultSchemaReferents(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    /** {@code operations} with their keys from tables of other schemas to the default one naming it. */
    public static List<Operation> named(List<Operation> operations, Optional<String> defaultSchema) {
        if (defaultSchema.isEmpty()) {
            return operations;
        }
        DefaultSchemaReferents referents = new DefaultSchemaReferents(defaultSchema.get());
        return operations.stream().map(operation -> operation.accept(referents)).toList();
    }

    private ForeignKey key(QualifiedName table, ForeignKey key) {
        boolean fromAnotherSchema = table.schema().filter(schema -> !schema.equals(defaultSchema)).isPresent();
        if (!fromAnotherSchema || key.referredTable().schema().isPresent()) {
            return key;
        }
        return key.referringTo(QualifiedName.of(defaultSchema, key.referredTable().name()));
    }

    private Constraint constraint(QualifiedName table, Constraint constraint) {
        return constraint instanceof ForeignKey foreignKey ? key(table, foreignKey) : constraint;
    }

    private Table table(Table table) {
        return table.withConstraints(table.constraints().stream()
                .map(constraint -> constraint(table.name(), constraint)).toList());
    }

    private Column column(QualifiedName table, Column column) {
        return column.inline().references().map(key -> column.references(key(table, key))).orElse(column);
    }

    @Override
    public Operation visitCreateTable(CreateTable operation) {
        return new CreateTable(table(operation.table()), operation.ifNotExists());
    }

    @Override
    public Operation visitDropTable(DropTable operation) {
        return new DropTable(operation.table(), operation.existing().map(this::table), operation.ifExists());
    }

    @Override
    public Operation visitAddColumn(AddColumn operation) {
        return new AddColumn(operation.table(), column(operation.table(), operation.column()),
                operation.ifNotExists(), operation.position());
    }

    @Override
    public Operation visitDropColumn(DropColumn operation) {
        return new DropColumn(operation.table(), operation.column(),
                operation.existing().map(column -> column(operation.table(), column)), operation.ifExists());
    }

    @Override
    public Operation visitCreateForeignKey(CreateForeignKey operation) {
        return new CreateForeignKey(operation.table(), key(operation.table(), operation.foreignKey()));
    }

    @Override
    public Operation visitDropConstraint(DropConstraint operation) {
        return new DropConstraint(operation.table(), operation.name(), operation.kind(),
                operation.existing().map(constraint -> constraint(operation.table(), constraint)),
                operation.ifExists());
    }

    @Override
    public Operation visitBatchAlterTable(BatchAlterTable operation) {
        return new BatchAlterTable(operation.table(), operation.recreate(), operation.copyFrom().map(this::table),
                operation.partialReordering(), operation.operations().stream()
                        .map(inner -> inner.accept(this)).toList());
    }

    @Override
    public Operation visitRenameTable(RenameTable operation) {
        return operation;
    }

    @Override
    public Operation visitCreateTableComment(CreateTableComment operation) {
        return operation;
    }

    @Override
    public Operation visitDropTableComment(DropTableComment operation) {
        return operation;
    }

    @Override
    public Operation visitAlterColumn(AlterColumn operation) {
        return operation;
    }

    @Override
    public Operation visitCreateIndex(CreateIndex operation) {
        return operation;
    }

    @Override
    public Operation visitDropIndex(DropIndex operation) {
        return operation;
    }

    @Override
    public Operation visitCreatePrimaryKey(CreatePrimaryKey operation) {
        return operation;
    }

    @Override
    public Operation visitCreateUniqueConstraint(CreateUniqueConstraint operation) {
        return operation;
    }

    @Override
    public Operation visitCreateCheckConstraint(CreateCheckConstraint operation) {
        return operation;
    }

    @Override
    public Operation visitCreateSequence(CreateSequence operation) {
        return operation;
    }

    @Override
    public Operation visitAlterSequence(AlterSequence operation) {
        return operation;
    }

    @Override
    public Operation visitDropSequence(DropSequence operation) {
        return operation;
    }

    @Override
    public Operation visitExecute(Execute operation) {
        return operation;
    }

    @Override
    public Operation visitBulkInsert(BulkInsert operation) {
        return operation;
    }
}
