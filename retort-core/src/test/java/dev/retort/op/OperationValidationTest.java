package dev.retort.op;

import static dev.retort.op.Fixtures.ACCOUNT;
import static dev.retort.op.Fixtures.ACCOUNT_TABLE;
import static dev.retort.op.Fixtures.INTEGER;
import static dev.retort.op.Fixtures.NAME;
import static dev.retort.op.Fixtures.NAME_INDEX;
import static dev.retort.op.Fixtures.UNIQUE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Schema;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.SchemaDefinitionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OperationValidationTest {

    @Test
    void alterColumnMustChangeSomething() {
        assertThatThrownBy(() -> new AlterColumn(ACCOUNT, "name", ColumnChange.NONE, ColumnState.UNKNOWN))
                .isInstanceOf(SchemaDefinitionException.class)
                .hasMessage("alter_column account.name: it changes nothing; give a new name, type, nullability, "
                        + "server default, comment, autoincrement or identity");
    }

    @Test
    void usingGoesWithANewType() {
        assertThatThrownBy(() -> new ColumnChange(Optional.empty(), Optional.empty(), Optional.of("name::int"),
                Optional.empty(), Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(),
                Optional.empty()))
                .hasMessage("USING name::int: a USING expression goes with a new type");
    }

    @Test
    void changesAndExistingValuesRejectNull() {
        assertThatThrownBy(() -> Change.to(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("Change.drop()");
        assertThatThrownBy(() -> Existing.of(null)).hasMessageContaining("Existing.absent()");
    }

    @Test
    void definitionsCarriedByDropsMustBeOfWhatIsDropped() {
        assertThatThrownBy(() -> new DropTable(QualifiedName.of("other"), Optional.of(ACCOUNT_TABLE), false))
                .hasMessage("drop_table other: the definition given is of table account");
        assertThatThrownBy(() -> new DropColumn(ACCOUNT, "email", Optional.of(NAME), false))
                .hasMessage("drop_column account.email: the definition given is of column name");
        assertThatThrownBy(() -> new DropIndex(QualifiedName.of("ix_other"), Optional.of("account"),
                Optional.of(NAME_INDEX), false, false))
                .hasMessage("drop_index ix_other: the definition given is of index ix_account_name");
        assertThatThrownBy(() -> new DropConstraint(ACCOUNT, "uq_other", Optional.empty(), Optional.of(UNIQUE_NAME), false))
                .hasMessage("drop_constraint uq_other on account: the definition given is of constraint uq_account_name");
        assertThatThrownBy(() -> new DropConstraint(ACCOUNT, "uq_account_name", Optional.of(ConstraintKind.CHECK),
                Optional.of(UNIQUE_NAME), false))
                .hasMessage("drop_constraint uq_account_name on account: the kind is CHECK but the definition "
                        + "given is a UNIQUE");
        assertThatThrownBy(() -> new DropSequence(QualifiedName.of("other"), Optional.of(Sequence.of(
                QualifiedName.of("billing", "other"))), false))
                .hasMessage("drop_sequence other: the definition given is of sequence billing.other");
    }

    @Test
    void batchHoldsOnlyOperationsOnItsOwnTable() {
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(AddColumn.of(QualifiedName.of("orders"), NAME))))
                .hasMessage("batch_alter_table account: an inner AddColumn is on table orders");
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(new Execute("SELECT 1"))))
                .hasMessage("batch_alter_table account: Execute cannot be part of a batch; run it before or after the batch");
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(new CreateTable(ACCOUNT_TABLE, false))))
                .hasMessageContaining("CreateTable cannot be part of a batch");
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(new DropIndex(QualifiedName.of("ix"),
                Optional.empty(), Optional.empty(), false, false))))
                .as("an index drop without its table").hasMessageContaining("DropIndex cannot be part of a batch");
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(new CreateSequence(Sequence.of(ACCOUNT),
                false)))).hasMessageContaining("CreateSequence cannot be part of a batch");
        assertThatThrownBy(() -> BatchAlterTable.of(ACCOUNT, List.of(new DropSequence(ACCOUNT, Optional.empty(),
                false)))).hasMessageContaining("DropSequence cannot be part of a batch");
    }

    @Test
    void batchCopyDefinitionAndReorderingsAreChecked() {
        assertThatThrownBy(() -> new BatchAlterTable(QualifiedName.of("orders"), BatchAlterTable.Recreate.AUTO,
                Optional.of(ACCOUNT_TABLE), List.of(), List.of()))
                .hasMessage("batch_alter_table orders: copy_from is the definition of table account");
        assertThatThrownBy(() -> new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.AUTO, Optional.empty(),
                List.of(List.of("id")), List.of()))
                .hasMessage("batch_alter_table account: each partial reordering lists two or more columns, not [id]");
    }

    @Test
    void bulkInsertRowsNameOnlyGivenColumnsAndHoldLiteralValues() {
        assertThatThrownBy(() -> new BulkInsert(ACCOUNT, Map.of("id", INTEGER), List.of(Map.of("id", 1, "x", 2)), true))
                .hasMessage("row 1 of bulk insert into account: column x is not among the columns given: [id]");
        assertThatThrownBy(() -> new BulkInsert(ACCOUNT, Map.of(), List.of(Map.of("id", new Object())), true))
                .hasMessageContaining("literals are null, strings, numbers, booleans");
    }

    @Test
    void bulkInsertKeepsNullValuesAndCopiesRows() {
        Map<String, Object> row = new HashMap<>();
        row.put("id", 1);
        row.put("name", null);
        List<Map<String, Object>> rows = new ArrayList<>(List.of(row));

        BulkInsert insert = new BulkInsert(ACCOUNT, Map.of(), rows, true);
        row.put("id", 2);
        rows.clear();

        assertThat(insert.rows()).hasSize(1);
        assertThat(insert.rows().get(0)).containsEntry("id", 1).containsEntry("name", null);
    }

    @Test
    void bulkInsertListsARowsColumnsInTheOrderOfTheGivenColumns() {
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("id", INTEGER);
        types.put("name", NAME.type());
        types.put("note", NAME.type());

        BulkInsert insert = new BulkInsert(ACCOUNT, types, List.of(Map.of("note", "n", "id", 1),
                Schema.row("name", "a", "note", "b", "id", 2)), true);

        assertThat(insert.rows().get(0).keySet()).containsExactly("id", "note");
        assertThat(insert.rows().get(1).keySet()).containsExactly("id", "name", "note");
    }

    @Test
    void bulkInsertListsTheColumnsOfAMapOfRowByNameAndKeepsAnOrderedRowsOrder() {
        Map<String, Object> unordered = Map.of("zone", 8, "price", 7, "note", 6, "name", 5, "id", 4, "email", 3, "created", 2,
                "code", 1);

        BulkInsert insert = new BulkInsert(ACCOUNT, Map.of(), List.of(unordered, Schema.row("b", 1, "a", 2)),
                true);

        assertThat(insert.rows().get(0).keySet())
                .containsExactly("code", "created", "email", "id", "name", "note", "price", "zone");
        assertThat(insert.rows().get(1).keySet()).containsExactly("b", "a");
    }

    @Test
    void standardLiteralsAreQuotedAndEscaped() {
        LiteralRenderer literals = LiteralRenderer.standard();

        assertThat(literals.render("it's")).isEqualTo("'it''s'");
        assertThat(literals.render(42)).isEqualTo("42");
        assertThat(literals.render(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(literals.render(2.5d)).isEqualTo("2.5");
        assertThat(literals.render(true)).isEqualTo("TRUE");
        assertThat(literals.render(null)).isEqualTo("NULL");
        assertThat(literals.render(LocalDate.of(2024, 1, 31))).isEqualTo("DATE '2024-01-31'");
        assertThat(literals.render(LocalDateTime.of(2024, 1, 31, 12, 30))).isEqualTo("TIMESTAMP '2024-01-31 12:30'");
        assertThat(literals.render(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'");
        assertThat(literals.render(new byte[] {0x0a, (byte) 0xff})).isEqualTo("X'0AFF'");
        assertThatThrownBy(() -> literals.render(Double.NaN)).hasMessageContaining("SQL has no standard literal");
        assertThatThrownBy(() -> literals.render(List.of())).hasMessageContaining("literals are null, strings");
    }
}
