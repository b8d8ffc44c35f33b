package dev.retort.autogenerate.render;

import static dev.retort.api.Schema.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.api.ColumnAlteration;
import dev.retort.autogenerate.render.ReviewNote.Section;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.op.RecordingOperations;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ServerDefault;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Which changes are marked {@code REVIEW}, with what words, and which are not. */
class ReviewNotesTest {
    private static final QualifiedName ACCOUNT = QualifiedName.of("account");

    @Test
    void droppingATableOrAColumnIsMarkedAsLosingData() {
        List<String> notes = upgradeNotes(new DropTable(ACCOUNT, Optional.empty(), false),
                new DropColumn(ACCOUNT, "email", Optional.empty(), false));

        assertThat(notes).containsExactly("drops table account and every row in it",
                "drops column account.email and its data");
    }

    @Test
    void droppingASequenceIsMarkedAsLosingItsValueAndCreatingOneIsNot() {
        List<String> notes = upgradeNotes(new CreateSequence(sequence("order_number"), false),
                new DropSequence(QualifiedName.of("billing", "invoice_number"), Optional.empty(), false));

        assertThat(notes).containsExactly("drops sequence billing.invoice_number and the value it has reached; "
                + "created again, it starts from its start value, which may hand out numbers already used");
    }

    @Test
    void aSequenceDroppedWithoutItsDefinitionIsACommentInTheDowngrade() {
        RenderedRevision rendered = RevisionRenderer.java(List.of(new DropSequence(QualifiedName.of("order_number"),
                Optional.empty(), false)));

        assertThat(rendered.downgradeBody()).isEqualTo("// REVIEW: sequence order_number is dropped without its "
                + "definition; create it again here by hand");
    }

    @Test
    void theInitialRowsOfATableTheRevisionCreatesAreDroppedWithItAndNeedNoNote() {
        QualifiedName sequenceTable = QualifiedName.of("document_seq");
        dev.retort.schema.Table table = dev.retort.schema.Table.of(sequenceTable,
                List.of(dev.retort.schema.Column.of("next_val", BIG_INTEGER)));
        RenderedRevision rendered = RevisionRenderer.java(List.of(new CreateTable(table, false),
                new BulkInsert(sequenceTable, Map.of("next_val", BIG_INTEGER), List.of(Map.of("next_val", 1000L)),
                        true)));

        assertThat(rendered.upgradeBody()).contains("bulkInsert").contains("1000L");
        assertThat(rendered.downgradeBody()).contains("dropTable(table(\"document_seq\"").doesNotContain("REVIEW");
        assertThat(RevisionRenderer.java(List.of(new BulkInsert(ACCOUNT, Map.of("id", INTEGER),
                List.of(Map.of("id", 1)), true))).downgradeBody()).contains("REVIEW");
    }

    @Test
    void narrowingTypesIsMarkedAndWideningIsNot() {
        List<String> notes = upgradeNotes(
                retype(string(200), string(120)),
                retype(TEXT, string(10)),
                retype(BIG_INTEGER, INTEGER),
                retype(numeric(10, 2), numeric(8, 2)),
                retype(numeric(10, 4), numeric(10, 2)),
                retype(DOUBLE, FLOAT),
                retype(enumType("status", "new", "paid"), enumType("status", "new")),
                retype(string(50), string(100)),
                retype(string(50), TEXT),
                retype(INTEGER, BIG_INTEGER),
                retype(INTEGER, numeric(12, 2)),
                retype(numeric(8, 2), numeric(10, 2)),
                retype(enumType("status", "new"), enumType("status", "new", "paid")));

        assertThat(notes).containsExactly(
                "narrows the type of account.c from string(200) to string(120); values that do not fit are cut or "
                        + "make it fail",
                "narrows the type of account.c from TEXT to string(10); values that do not fit are cut or make it fail",
                "narrows the type of account.c from BIG_INTEGER to INTEGER; values that do not fit are cut or make it "
                        + "fail",
                "narrows the type of account.c from numeric(10, 2) to numeric(8, 2); values that do not fit are cut "
                        + "or make it fail",
                "narrows the type of account.c from numeric(10, 4) to numeric(10, 2); values that do not fit are cut "
                        + "or make it fail",
                "narrows the type of account.c from DOUBLE to FLOAT; values that do not fit are cut or make it fail",
                "removes the values [paid] of the enum; rows holding them make it fail");
    }

    @Test
    void aTypeChangeToAnotherKindOrFromAnUnknownTypeIsMarked() {
        List<String> notes = upgradeNotes(retype(TEXT, INTEGER), new AlterColumn(ACCOUNT, "c", change(Optional.of(
                INTEGER), Optional.empty(), Change.unchanged()), ColumnState.UNKNOWN));

        assertThat(notes).containsExactly(
                "converts the type of account.c from TEXT to INTEGER; values that do not convert are lost or make it "
                        + "fail",
                "changes the type of account.c to INTEGER without knowing its current type; check that every value "
                        + "converts");
    }

    @Test
    void notNullWithoutAServerDefaultIsMarkedOnExistingAndNewColumns() {
        List<String> notes = upgradeNotes(
                new AlterColumn(ACCOUNT, "c", change(Optional.empty(), Optional.of(false), Change.unchanged()),
                        state(Optional.of(true), Existing.absent())),
                new AlterColumn(ACCOUNT, "d", change(Optional.empty(), Optional.of(false), Change.to(literal(0))),
                        state(Optional.of(true), Existing.absent())),
                new AlterColumn(ACCOUNT, "e", change(Optional.empty(), Optional.of(false), Change.unchanged()),
                        state(Optional.of(true), Existing.of(literal("x")))),
                AddColumn.of(ACCOUNT, column("f", INTEGER).notNull()),
                AddColumn.of(ACCOUNT, column("g", INTEGER).notNull().serverDefault(literal(0))),
                AddColumn.of(ACCOUNT, column("h", INTEGER)));

        assertThat(notes).containsExactly(
                "sets NOT NULL on account.c, which has no server default; it fails while any row holds NULL: fill "
                        + "those rows first",
                "adds NOT NULL column account.f without a server default; it fails on a table that has rows: add it "
                        + "nullable, fill it, then make it NOT NULL");
    }

    @Test
    void aDroppedAndAnAddedColumnOfTheSameTypeAreMarkedAsAPossibleRename() {
        List<String> notes = upgradeNotes(AddColumn.of(ACCOUNT, column("full_name", string(100))),
                AddColumn.of(ACCOUNT, column("age", INTEGER)),
                new DropColumn(ACCOUNT, "name", Optional.of(column("name", string(100))), false));

        assertThat(notes).containsExactly(
                "column account.name of the same type is dropped; is full_name the same column renamed?",
                "drops column account.name and its data",
                "column account.full_name of the same type is added; if name was renamed, rename it with "
                        + "alterColumn(\"name\", alter -> alter.rename(\"full_name\")) to keep its data");
    }

    @Test
    void anIndexBuiltOnAnExistingTableIsMarkedButNotOnANewOneOrConcurrently() {
        List<String> notes = upgradeNotes(new CreateTable(table("fresh", column("a", INTEGER)), false),
                CreateIndex.of(QualifiedName.of("fresh"), index("ix_fresh_a", "a")),
                new CreateIndex(ACCOUNT, index("ix_account_b", "b"), false, true),
                CreateIndex.of(ACCOUNT, index("ix_account_a", "a")));

        assertThat(notes).containsExactly("builds index ix_account_a on the existing table account, which blocks "
                + "writes to it while it builds; on PostgreSQL a large table is better indexed concurrently(),"
                + " inside op.autocommitBlock(...)");
    }

    @Test
    void notesInsideABatchStandAboveTheirStatementInTheBlock() {
        RenderedRevision rendered = RevisionRenderer.java(List.of(BatchAlterTable.of(ACCOUNT, List.of(
                new DropColumn(ACCOUNT, "legacy", Optional.empty(), false)))));

        assertThat(rendered.upgradeBody()).isEqualTo("""
                op.batchAlterTable("account", batch -> {
                    // REVIEW: drops column account.legacy and its data
                    batch.dropColumn("legacy");
                });""");
        assertThat(rendered.notes()).containsExactly(new ReviewNote(Section.UPGRADE,
                "drops column account.legacy and its data"), new ReviewNote(Section.DOWNGRADE,
                "column account.legacy is dropped without its definition; add it again here by hand"));
    }

    @Test
    void whatCannotBeReversedIsACommentInTheDowngradeAndANote() {
        RenderedRevision rendered = RevisionRenderer.java(List.of(new DropTable(ACCOUNT, Optional.empty(), false)));

        assertThat(rendered.downgradeBody()).isEqualTo(
                "// REVIEW: table account is dropped without its definition; create it again here by hand");
        assertThat(rendered.notes()).contains(new ReviewNote(Section.DOWNGRADE,
                "table account is dropped without its definition; create it again here by hand"));
    }

    @Test
    void aLongNoteIsWrappedIntoSeveralCommentLinesWithinTheWidth() {
        RenderedRevision rendered = RevisionRenderer.java(List.of(AddColumn.of(ACCOUNT,
                column("a_rather_long_column_name_for_a_table", INTEGER).notNull())));

        assertThat(rendered.upgradeBody().lines()).allMatch(line -> line.length() <= RevisionRenderer.WIDTH)
                .filteredOn(line -> line.startsWith("//")).hasSize(2);
    }

    @Test
    void anIdentityMadeAlwaysAndNumberingTakenAwayAreMarkedAndNumberingGivenIsNot() {
        List<String> notes = upgradeNotes(
                numbering(alter -> alter.identity(generatedAlways()).existingIdentity(generatedByDefault())),
                numbering(alter -> alter.dropIdentity().existingIdentity(generatedAlways())),
                numbering(alter -> alter.autoincrement(false).existingAutoincrement(true)),
                numbering(alter -> alter.autoincrement(true).existingAutoincrement(false)),
                numbering(alter -> alter.identity(generatedByDefault().start(10)).existingIdentityAbsent()),
                numbering(alter -> alter.autoincrement(false).identity(generatedByDefault())
                        .existingAutoincrement(true).existingIdentityAbsent()));

        assertThat(notes).containsExactly(
                "makes account.id an identity GENERATED ALWAYS; where the database keeps that, inserts that give it "
                        + "a value fail",
                "account.id no longer numbers itself; every insert must then give it a value",
                "account.id no longer numbers itself; every insert must then give it a value (on SQLite an INTEGER "
                        + "key still takes the row id, but without AUTOINCREMENT the numbers of deleted rows can "
                        + "come back)");
    }

    private static AlterColumn numbering(Consumer<ColumnAlteration> alteration) {
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn("account", "id", alteration);
        return (AlterColumn) operations.operations().get(0);
    }

    private static List<String> upgradeNotes(Operation... operations) {
        return RevisionRenderer.java(List.of(operations)).notes().stream()
                .filter(note -> note.section() == Section.UPGRADE).map(ReviewNote::text).toList();
    }

    private static AlterColumn retype(ColumnType from, ColumnType to) {
        return new AlterColumn(ACCOUNT, "c", change(Optional.of(to), Optional.empty(), Change.unchanged()),
                new ColumnState(Optional.of(from), Optional.empty(), Existing.unknown(), Existing.unknown(),
                        Optional.empty(), Existing.unknown()));
    }

    private static ColumnChange change(Optional<ColumnType> type, Optional<Boolean> nullable,
            Change<ServerDefault> serverDefault) {
        return new ColumnChange(Optional.empty(), type, Optional.empty(), nullable, serverDefault, Change.unchanged(),
                Optional.empty(), Change.unchanged(), Optional.empty());
    }

    private static ColumnState state(Optional<Boolean> nullable, Existing<ServerDefault> serverDefault) {
        return new ColumnState(Optional.empty(), nullable, serverDefault, Existing.unknown(), Optional.empty(),
                Existing.unknown());
    }
}
