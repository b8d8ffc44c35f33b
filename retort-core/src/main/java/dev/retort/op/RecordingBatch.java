package dev.retort.op;

import dev.retort.api.BatchOperations;
import dev.retort.api.ColumnAlteration;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.Constraint;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaDefinitionException;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Collects what a revision says in {@code op.batchAlterTable(table, batch -> ...)} into a {@link BatchAlterTable}. */
final class RecordingBatch implements BatchOperations {
    private final QualifiedName table;
    private final CallSites callSites;
    private final List<Operation> operations = new ArrayList<>();
    private final List<List<String>> reorderings = new ArrayList<>();
    private BatchAlterTable.Recreate recreate = BatchAlterTable.Recreate.AUTO;
    private Optional<Table> copyFrom = Optional.empty();

    /** Each operation's line goes to {@code callSites}, as the batch's own does. */
    RecordingBatch(QualifiedName table, CallSites callSites) {
        this.table = table;
        this.callSites = callSites;
    }

    BatchAlterTable build() {
        return new BatchAlterTable(table, recreate, copyFrom, reorderings, operations);
    }

    @Override
    public BatchOperations recreateAuto() {
        recreate = BatchAlterTable.Recreate.AUTO;
        return this;
    }

    @Override
    public BatchOperations recreateAlways() {
        recreate = BatchAlterTable.Recreate.ALWAYS;
        return this;
    }

    @Override
    public BatchOperations recreateNever() {
        recreate = BatchAlterTable.Recreate.NEVER;
        return this;
    }

    @Override
    public BatchOperations copyFrom(Table definition) {
        Objects.requireNonNull(definition, "copyFrom");
        boolean sameTableUnqualified = definition.name().equals(QualifiedName.of(table.name()));
        copyFrom = Optional.of(sameTableUnqualified ? definition.withName(table) : definition);
        return this;
    }

    @Override
    public BatchOperations partialReordering(String... columns) {
        reorderings.add(List.of(columns));
        return this;
    }

    @Override
    public BatchOperations addColumn(Column column) {
        return add(AddColumn.of(table, column));
    }

    @Override
    public BatchOperations addColumn(Column column, ColumnPosition position) {
        return add(new AddColumn(table, column, false, Optional.of(position)));
    }

    @Override
    public BatchOperations dropColumn(String column) {
        return add(new DropColumn(table, column, Optional.empty(), false));
    }

    @Override
    public BatchOperations dropColumn(Column existing) {
        return add(new DropColumn(table, existing.name(), Optional.of(existing), false));
    }

    @Override
    public BatchOperations alterColumn(String column, Consumer<ColumnAlteration> alteration) {
        ColumnAlterationBuilder builder = new ColumnAlterationBuilder();
        alteration.accept(builder);
        return add(builder.build(table, column));
    }

    @Override
    public BatchOperations createIndex(String name, String... columns) {
        return add(CreateIndex.of(table, Index.on(Optional.of(name), List.of(columns))));
    }

    @Override
    public BatchOperations createIndex(Index index) {
        return add(CreateIndex.of(table, index));
    }

    @Override
    public BatchOperations dropIndex(String name) {
        return add(new DropIndex(table.withName(name), Optional.of(table.name()), Optional.empty(), false, false));
    }

    @Override
    public BatchOperations dropIndex(Index existing) {
        String name = existing.name().orElseThrow(() -> new SchemaDefinitionException("drop_index in batch on "
                + table, "an unnamed index cannot be dropped by name"));
        return add(new DropIndex(table.withName(name), Optional.of(table.name()), Optional.of(existing), false, false));
    }

    @Override
    public BatchOperations createPrimaryKey(String name, String... columns) {
        return add(new CreatePrimaryKey(table, new PrimaryKey(Optional.of(name), List.of(columns))));
    }

    @Override
    public BatchOperations createUniqueConstraint(String name, String... columns) {
        return add(new CreateUniqueConstraint(table, new UniqueConstraint(Optional.of(name), List.of(columns))));
    }

    @Override
    public BatchOperations createForeignKey(String name, String referentTable, List<String> localColumns,
            List<String> remoteColumns) {
        return createForeignKey(name, referentTable, localColumns, remoteColumns, UnaryOperator.identity());
    }

    @Override
    public BatchOperations createForeignKey(String name, String referentTable, List<String> localColumns,
            List<String> remoteColumns, UnaryOperator<ForeignKey> options) {
        ForeignKey plain = ForeignKey.of(Optional.of(name), localColumns, table.withName(referentTable), remoteColumns);
        return add(new CreateForeignKey(table, Objects.requireNonNull(options.apply(plain),
                "foreign key options returned null")));
    }

    @Override
    public BatchOperations createCheckConstraint(String name, String condition) {
        return add(new CreateCheckConstraint(table, new CheckConstraint(Optional.of(name), condition)));
    }

    @Override
    public BatchOperations createConstraint(Constraint constraint) {
        return add(DropConstraint.creating(table, constraint));
    }

    @Override
    public BatchOperations dropConstraint(String name) {
        return add(new DropConstraint(table, name, Optional.empty(), Optional.empty(), false));
    }

    @Override
    public BatchOperations dropConstraint(String name, ConstraintKind kind) {
        return add(new DropConstraint(table, name, Optional.of(kind), Optional.empty(), false));
    }

    @Override
    public BatchOperations dropConstraint(Constraint existing) {
        String name = existing.name().orElseThrow(() -> new SchemaDefinitionException("drop_constraint in batch on "
                + table, "an unnamed constraint cannot be dropped by name"));
        return add(new DropConstraint(table, name, Optional.of(existing.kind()), Optional.of(existing), false));
    }

    @Override
    public BatchOperations createTableComment(String comment) {
        return add(new CreateTableComment(table, comment, Optional.empty()));
    }

    @Override
    public BatchOperations createTableComment(String comment, String existingComment) {
        return add(new CreateTableComment(table, comment, Optional.ofNullable(existingComment)));
    }

    @Override
    public BatchOperations dropTableComment() {
        return add(new DropTableComment(table, Optional.empty()));
    }

    @Override
    public BatchOperations dropTableComment(String existingComment) {
        return add(new DropTableComment(table, Optional.ofNullable(existingComment)));
    }

    private BatchOperations add(Operation operation) {
        operations.add(operation);
        callSites.recorded(operation);
        return this;
    }
}
