package dev.retort.op;

import static dev.retort.op.Fixtures.ACCOUNT;
import static dev.retort.op.Fixtures.ACCOUNT_TABLE;
import static dev.retort.op.Fixtures.INTEGER;
import static dev.retort.op.Fixtures.NAME;
import static dev.retort.op.Fixtures.NAME_INDEX;
import static dev.retort.op.Fixtures.ORDER_ACCOUNT;
import static dev.retort.op.Fixtures.POSITIVE_ID;
import static dev.retort.op.Fixtures.PRIMARY_KEY;
import static dev.retort.op.Fixtures.TEXT;
import static dev.retort.op.Fixtures.UNIQUE_NAME;
import static dev.retort.op.Fixtures.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.ColumnAlteration;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class OperationReverseTest {
    private static final QualifiedName ORDERS = QualifiedName.of("orders");

    @Test
    void createTableIsReversedByDroppingItWithItsDefinition() {
        CreateTable create = new CreateTable(ACCOUNT_TABLE, true);

        assertThat(create.reverse()).contains(new DropTable(ACCOUNT, Optional.of(ACCOUNT_TABLE), true));
        assertThat(reverseTwice(create)).isEqualTo(create);
    }

    @Test
    void droppingATableIsReversibleOnlyWithItsDefinition() {
        assertThat(new DropTable(ACCOUNT, Optional.empty(), false).reverse()).isEmpty();
        assertThat(new DropTable(ACCOUNT, Optional.of(ACCOUNT_TABLE), false).reverse())
                .contains(new CreateTable(ACCOUNT_TABLE, false));
    }

    @Test
    void createSequenceIsReversedByDroppingItWithItsDefinition() {
        Sequence sequence = Sequence.of(QualifiedName.of("billing", "invoice_number")).start(1000).increment(10);
        CreateSequence create = new CreateSequence(sequence, true);

        assertThat(create.reverse()).contains(new DropSequence(sequence.name(), Optional.of(sequence), true));
        assertThat(reverseTwice(create)).isEqualTo(create);
    }

    @Test
    void alteringASequenceIsReversedByGivingItsExistingDefinitionBack() {
        Sequence before = Sequence.of(QualifiedName.of("invoice_number"));
        Sequence after = before.start(1000).increment(10);

        assertThat(new AlterSequence(after, Optional.of(before)).reverse())
                .contains(new AlterSequence(before, Optional.of(after)));
        assertThat(new AlterSequence(after, Optional.empty()).reverse()).isEmpty();
    }

    @Test
    void droppingASequenceIsReversibleOnlyWithItsDefinition() {
        Sequence sequence = Sequence.of(QualifiedName.of("invoice_number")).cycle(true);

        assertThat(new DropSequence(sequence.name(), Optional.empty(), true).reverse()).isEmpty();
        assertThat(new DropSequence(sequence.name(), Optional.of(sequence), false).reverse())
                .contains(new CreateSequence(sequence, false));
    }

    @Test
    void renameIsReversedWithinTheSameSchema() {
        RenameTable rename = new RenameTable(QualifiedName.of("reporting", "account"), "customer");

        assertThat(rename.reverse()).contains(new RenameTable(QualifiedName.of("reporting", "customer"), "account"));
        assertThat(reverseTwice(rename)).isEqualTo(rename);
    }

    @Test
    void tableCommentsRestoreWhatWasThere() {
        CreateTableComment first = new CreateTableComment(ACCOUNT, "people", Optional.empty());
        CreateTableComment replace = new CreateTableComment(ACCOUNT, "customers", Optional.of("people"));
        DropTableComment drop = new DropTableComment(ACCOUNT, Optional.of("customers"));

        assertThat(first.reverse()).contains(new DropTableComment(ACCOUNT, Optional.of("people")));
        assertThat(replace.reverse()).contains(new CreateTableComment(ACCOUNT, "people", Optional.of("customers")));
        assertThat(drop.reverse()).contains(new CreateTableComment(ACCOUNT, "customers", Optional.empty()));
        assertThat(new DropTableComment(ACCOUNT, Optional.empty()).reverse()).isEmpty();
        assertThat(List.of(first, replace, drop)).allSatisfy(op -> assertThat(reverseTwice(op)).isEqualTo(op));
    }

    /** As Alembic's {@code existing_comment=None}: a null existing comment is one not known. */
    @Test
    void aNullExistingCommentIsOneNotKnown() {
        RecordingOperations op = new RecordingOperations();

        op.createTableComment("account", "people", null);
        op.dropTableComment("account", null);
        op.batchAlterTable("account", batch -> batch.createTableComment("people", null).dropTableComment(null));

        assertThat(op.operations()).containsExactly(new CreateTableComment(ACCOUNT, "people", Optional.empty()),
                new DropTableComment(ACCOUNT, Optional.empty()), op.operations().get(2));
        assertThat(((BatchAlterTable) op.operations().get(2)).operations()).containsExactly(
                new CreateTableComment(ACCOUNT, "people", Optional.empty()),
                new DropTableComment(ACCOUNT, Optional.empty()));
    }

    @Test
    void addColumnIsReversedByDroppingItWithItsDefinition() {
        AddColumn add = new AddColumn(ACCOUNT, NAME, true, Optional.empty());

        assertThat(add.reverse()).contains(new DropColumn(ACCOUNT, "name", Optional.of(NAME), true));
        assertThat(reverseTwice(add)).isEqualTo(add);
        assertThat(new DropColumn(ACCOUNT, "name", Optional.empty(), false).reverse()).isEmpty();
    }

    @Test
    void addColumnPositionIsNotKeptByTheReverse() {
        AddColumn placed = new AddColumn(ACCOUNT, NAME, false, Optional.of(ColumnPosition.after("id")));
        assertThat(reverseTwice(placed)).isEqualTo(AddColumn.of(ACCOUNT, NAME));
    }

    @Test
    void alterColumnIsReversedWithTheExistingValues() {
        AlterColumn alter = new AlterColumn(ACCOUNT, "name",
                new ColumnChange(Optional.of("full_name"), Optional.of(TEXT), Optional.empty(), Optional.of(true),
                        Change.drop(), Change.to("shown"), Optional.empty(), Change.unchanged(), Optional.empty()),
                new ColumnState(Optional.of(string(50)), Optional.of(false), Existing.of(ServerDefault.literal("anon")),
                        Existing.absent(), Optional.of(false), Existing.unknown()));

        AlterColumn back = (AlterColumn) alter.reverse().orElseThrow();

        assertThat(back).isEqualTo(new AlterColumn(ACCOUNT, "full_name",
                new ColumnChange(Optional.of("name"), Optional.of(string(50)), Optional.empty(), Optional.of(false),
                        Change.to(ServerDefault.literal("anon")), Change.drop(), Optional.empty(),
                        Change.unchanged(), Optional.empty()),
                new ColumnState(Optional.of(TEXT), Optional.of(true), Existing.absent(), Existing.of("shown"),
                        Optional.of(false), Existing.unknown())));
        assertThat(reverseTwice(alter)).isEqualTo(alter);
    }

    @Test
    void anIdentityAddedChangedOrDroppedIsReversedWithTheIdentityTheColumnHad() {
        Identity always = Identity.generatedAlways().start(100);
        AlterColumn add = alter(alter -> alter.identity(always).existingIdentityAbsent());
        AlterColumn change = alter(alter -> alter.identity(Identity.byDefault()).existingIdentity(always));
        AlterColumn serialToIdentity = alter(alter -> alter.autoincrement(false).identity(always)
                .existingAutoincrement(true).existingIdentityAbsent());

        assertThat(add.reverse()).contains(alter(alter -> alter.dropIdentity().existingIdentity(always)));
        assertThat(change.reverse()).contains(alter(alter -> alter.identity(always)
                .existingIdentity(Identity.byDefault())));
        assertThat(serialToIdentity.reverse()).contains(alter(alter -> alter.autoincrement(true).dropIdentity()
                .existingAutoincrement(false).existingIdentity(always)));
        assertThat(reverseTwice(serialToIdentity)).isEqualTo(serialToIdentity);
        assertThat(alter(alter -> alter.dropIdentity()).reverse()).as("the identity it had is unknown").isEmpty();
    }

    private static AlterColumn alter(Consumer<ColumnAlteration> alteration) {
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn(ACCOUNT.name(), "id", alteration);
        return (AlterColumn) operations.operations().get(0);
    }

    @Test
    void alterColumnWithoutTheExistingValueOfAChangedAttributeIsIrreversible() {
        ColumnChange newType = new ColumnChange(Optional.empty(), Optional.of(TEXT), Optional.empty(), Optional.empty(),
                Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
        ColumnChange dropDefault = new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Change.drop(), Change.unchanged(), Optional.empty(), Change.unchanged(),
                Optional.empty());
        ColumnState knownNullable = new ColumnState(Optional.empty(), Optional.of(true), Existing.unknown(),
                Existing.unknown(), Optional.empty(), Existing.unknown());

        assertThat(new AlterColumn(ACCOUNT, "name", newType, knownNullable).reverse()).isEmpty();
        assertThat(new AlterColumn(ACCOUNT, "name", dropDefault, knownNullable).reverse()).isEmpty();
    }

    @Test
    void alterColumnReverseLeavesOutUsingAndMovesOnlyByPositionAreIrreversible() {
        ColumnChange withUsing = new ColumnChange(Optional.empty(), Optional.of(INTEGER), Optional.of("name::integer"),
                Optional.empty(), Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(),
                Optional.empty());
        ColumnState wasText = new ColumnState(Optional.of(TEXT), Optional.empty(), Existing.unknown(),
                Existing.unknown(), Optional.empty(), Existing.unknown());
        AlterColumn convert = new AlterColumn(ACCOUNT, "name", withUsing, wasText);
        ColumnChange moveOnly = new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(),
                Optional.of(ColumnPosition.before("id")));

        assertThat(((AlterColumn) convert.reverse().orElseThrow()).change().using()).isEmpty();
        assertThat(((AlterColumn) reverseTwice(convert)).change().type()).contains(INTEGER);
        assertThat(new AlterColumn(ACCOUNT, "name", moveOnly, ColumnState.UNKNOWN).reverse()).isEmpty();
    }

    @Test
    void createIndexIsReversedByDroppingItFromItsTable() {
        QualifiedName reporting = QualifiedName.of("reporting", "account");
        CreateIndex create = new CreateIndex(reporting, NAME_INDEX, false, true);

        assertThat(create.reverse()).contains(new DropIndex(QualifiedName.of("reporting", "ix_account_name"),
                Optional.of("account"), Optional.of(NAME_INDEX), false, true));
        assertThat(reverseTwice(create)).isEqualTo(create);
    }

    @Test
    void droppingAnIndexNeedsItsTableAndDefinitionToBeReversed() {
        QualifiedName index = QualifiedName.of("ix_account_name");
        assertThat(new DropIndex(index, Optional.empty(), Optional.of(NAME_INDEX), false, false).reverse()).isEmpty();
        assertThat(new DropIndex(index, Optional.of("account"), Optional.empty(), false, false).reverse()).isEmpty();
        assertThat(CreateIndex.of(ACCOUNT, NAME_INDEX.unique(false)).reverse()).isPresent();
        assertThat(CreateIndex.of(ACCOUNT, new dev.retort.schema.Index(Optional.empty(), NAME_INDEX.elements(), false,
                Optional.empty(), Map.of())).reverse()).as("unnamed index").isEmpty();
    }

    @Test
    void createdConstraintsAreReversedByDroppingThemWithTheirDefinition() {
        assertThat(new CreatePrimaryKey(ACCOUNT, PRIMARY_KEY).reverse()).contains(new DropConstraint(ACCOUNT,
                "pk_account", Optional.of(ConstraintKind.PRIMARY_KEY), Optional.of(PRIMARY_KEY), false));
        assertThat(new CreateUniqueConstraint(ACCOUNT, UNIQUE_NAME).reverse()).contains(new DropConstraint(ACCOUNT,
                "uq_account_name", Optional.of(ConstraintKind.UNIQUE), Optional.of(UNIQUE_NAME), false));
        assertThat(new CreateForeignKey(ORDERS, ORDER_ACCOUNT).reverse()).contains(new DropConstraint(ORDERS,
                "fk_order_account", Optional.of(ConstraintKind.FOREIGN_KEY), Optional.of(ORDER_ACCOUNT), false));
        assertThat(new CreateCheckConstraint(ACCOUNT, POSITIVE_ID).reverse()).contains(new DropConstraint(ACCOUNT,
                "ck_positive", Optional.of(ConstraintKind.CHECK), Optional.of(POSITIVE_ID), false));
        List<Operation> creates = List.of(new CreatePrimaryKey(ACCOUNT, PRIMARY_KEY),
                new CreateUniqueConstraint(ACCOUNT, UNIQUE_NAME), new CreateForeignKey(ORDERS, ORDER_ACCOUNT),
                new CreateCheckConstraint(ACCOUNT, POSITIVE_ID));
        assertThat(creates).allSatisfy(op -> assertThat(reverseTwice(op)).isEqualTo(op));
    }

    @Test
    void unnamedConstraintsAndDropsWithoutDefinitionAreIrreversible() {
        assertThat(new CreateCheckConstraint(ACCOUNT, new dev.retort.schema.CheckConstraint(Optional.empty(), "id > 0"))
                .reverse()).isEmpty();
        assertThat(new DropConstraint(ACCOUNT, "uq", Optional.of(ConstraintKind.UNIQUE), Optional.empty(), false)
                .reverse()).isEmpty();
    }

    @Test
    void dropConstraintTakesItsKindFromTheDefinition() {
        DropConstraint drop = new DropConstraint(ACCOUNT, "uq_account_name", Optional.empty(), Optional.of(UNIQUE_NAME),
                true);
        assertThat(drop.kind()).contains(ConstraintKind.UNIQUE);
        assertThat(drop.reverse()).contains(new CreateUniqueConstraint(ACCOUNT, UNIQUE_NAME));
    }

    @Test
    void rawSqlAndInsertedRowsAreIrreversible() {
        assertThat(new Execute("DELETE FROM account").reverse()).isEmpty();
        assertThat(new BulkInsert(ACCOUNT, Map.of(), List.of(), true).reverse()).isEmpty();
    }

    @Test
    void sqlGivenWithItsUndoIsReversedByTheUndo() {
        Execute create = new Execute("CREATE TYPE mood AS ENUM ('a')", "DROP TYPE mood");

        assertThat(create.reverse()).contains(new Execute("DROP TYPE mood", "CREATE TYPE mood AS ENUM ('a')"));
        assertThat(create.reverse().flatMap(Operation::reverse)).contains(create);
    }

    @Test
    void batchIsReversedByTheReversedInnerOperationsInReverseOrder() {
        AddColumn add = AddColumn.of(ACCOUNT, NAME);
        CreateIndex index = CreateIndex.of(ACCOUNT, NAME_INDEX);
        BatchAlterTable batch = new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.ALWAYS,
                Optional.of(ACCOUNT_TABLE), List.of(List.of("id", "name")), List.of(add, index));

        assertThat(batch.reverse()).contains(new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.ALWAYS,
                Optional.empty(), List.of(), List.of(index.reverse().orElseThrow(), add.reverse().orElseThrow())));
        assertThat(reverseTwice(batch)).isEqualTo(new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.ALWAYS,
                Optional.empty(), List.of(), List.of(add, index)));
    }

    @Test
    void batchWithAnIrreversibleInnerOperationIsIrreversible() {
        BatchAlterTable batch = BatchAlterTable.of(ACCOUNT, List.of(AddColumn.of(ACCOUNT, NAME),
                new DropColumn(ACCOUNT, "legacy", Optional.empty(), false)));
        assertThat(batch.reverse()).isEmpty();
    }

    private static Operation reverseTwice(Operation operation) {
        return operation.reverse().orElseThrow().reverse().orElseThrow();
    }
}
