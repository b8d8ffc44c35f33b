package dev.retort.api;

import static dev.retort.api.Schema.CASCADE;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.TIMESTAMP;
import static dev.retort.api.Schema.UNIQUE;
import static dev.retort.api.Schema.after;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.index;
import static dev.retort.api.Schema.literal;
import static dev.retort.api.Schema.qualified;
import static dev.retort.api.Schema.row;
import static dev.retort.api.Schema.sequence;
import static dev.retort.api.Schema.sql;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.Execute;
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.op.ConnectionAccess;
import dev.retort.op.RecordingOperations;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A revision written against the public API records exactly the operation values it describes. */
class RecordedRevisionTest {
    private static final QualifiedName ACCOUNT = QualifiedName.of("account");

    /** Written as a user writes a revision. */
    static final class CreateAccount implements Migration {
        @Override
        public void upgrade(Operations op) {
            op.createTable("account",
                    column("id", INTEGER).primaryKey().autoincrement(true),
                    column("name", string(50)).notNull(),
                    column("created", TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")),
                    unique("uq_account_name", "name"));
            op.addColumn("account", column("last_login", TIMESTAMP));
            op.alterColumn("account", "name", alter -> alter.type(string(100)).existingType(string(50)).nullable(true));
            op.createIndex("ix_account_name", "account", "name");
            op.createForeignKey("fk_order_account", "orders", "account", List.of("account_id"), List.of("id"),
                    fk -> fk.onDelete(CASCADE));
            op.dropConstraint("uq_account_name", "account", UNIQUE);
            op.execute("UPDATE account SET name = " + op.inlineLiteral("x"));
            op.bulkInsert("account", List.of(row("id", 1, "name", "alice")));
            op.batchAlterTable("account", batch -> batch.dropColumn("legacy")
                    .alterColumn("name", a -> a.nullable(false).existingNullable(true)));
        }

        @Override
        public void downgrade(Operations op) {
            op.dropTable("account");
        }
    }

    @Test
    void revisionRecordsItsOperationsInOrder() {
        RecordingOperations op = new RecordingOperations();

        new CreateAccount().upgrade(op);

        Table account = Table.of(ACCOUNT, List.of(
                Column.of("id", INTEGER).autoincrement(true).notNull(),
                Column.of("name", string(50)).notNull(),
                Column.of("created", TIMESTAMP).serverDefault(sql("CURRENT_TIMESTAMP")),
                PrimaryKey.of("id"),
                new UniqueConstraint(Optional.of("uq_account_name"), List.of("name"))));
        assertThat(op.operations()).containsExactly(
                new CreateTable(account, false),
                AddColumn.of(ACCOUNT, Column.of("last_login", TIMESTAMP)),
                new AlterColumn(ACCOUNT, "name", change(Optional.of(string(100)), Optional.of(true)),
                        new ColumnState(Optional.of(string(50)), Optional.empty(), Existing.unknown(), Existing.unknown(),
                                Optional.empty(), Existing.unknown())),
                CreateIndex.of(ACCOUNT, Index.on(Optional.of("ix_account_name"), List.of("name"))),
                new CreateForeignKey(QualifiedName.of("orders"), ForeignKey.of(Optional.of("fk_order_account"),
                        List.of("account_id"), ACCOUNT, List.of("id")).onDelete(CASCADE)),
                new DropConstraint(ACCOUNT, "uq_account_name", Optional.of(ConstraintKind.UNIQUE), Optional.empty(), false),
                new Execute("UPDATE account SET name = 'x'"),
                new BulkInsert(ACCOUNT, Map.of(), List.of(Map.of("id", 1, "name", "alice")), true),
                BatchAlterTable.of(ACCOUNT, List.of(
                        new DropColumn(ACCOUNT, "legacy", Optional.empty(), false),
                        new AlterColumn(ACCOUNT, "name", change(Optional.empty(), Optional.of(false)),
                                new ColumnState(Optional.empty(), Optional.of(true), Existing.unknown(),
                                        Existing.unknown(), Optional.empty(), Existing.unknown())))));
    }

    @Test
    void schemaViewQualifiesEveryTableAndRecordsIntoTheSameList() {
        RecordingOperations op = new RecordingOperations();
        Operations reporting = op.schema("reporting");

        op.execute("SET search_path TO public");
        reporting.createTable("daily", column("day", Schema.DATE).primaryKey());
        reporting.renameTable("daily", "days");
        reporting.createForeignKey("fk_days_calendar", "days", "calendar", List.of("day"), List.of("day"));
        reporting.dropIndex("ix_days");
        reporting.batchAlterTable("days", batch -> batch.createIndex("ix_days_day", "day"));
        reporting.dropTable(table("days", column("day", Schema.DATE)));

        QualifiedName daily = QualifiedName.of("reporting", "daily");
        QualifiedName days = QualifiedName.of("reporting", "days");
        assertThat(op.operations()).containsExactly(
                new Execute("SET search_path TO public"),
                new CreateTable(Table.of(daily, List.of(column("day", Schema.DATE).primaryKey())), false),
                new RenameTable(daily, "days"),
                new CreateForeignKey(days, ForeignKey.of(Optional.of("fk_days_calendar"), List.of("day"),
                        QualifiedName.of("reporting", "calendar"), List.of("day"))),
                new DropIndex(QualifiedName.of("reporting", "ix_days"), Optional.empty(), Optional.empty(), false, false),
                BatchAlterTable.of(days, List.of(CreateIndex.of(days, Index.on(Optional.of("ix_days_day"),
                        List.of("day"))))),
                new DropTable(days, Optional.of(Table.of(days, List.of(column("day", Schema.DATE)))), false));
    }

    @Test
    void sequencesAreRecordedInTheSchemaOfTheViewUnlessTheyNameTheirOwn() {
        RecordingOperations op = new RecordingOperations();
        Operations billing = op.schema("billing");
        Sequence invoice = sequence("invoice_number").start(1000).increment(10);

        op.createSequence(invoice);
        billing.createSequenceIfNotExists(invoice);
        billing.createSequence(sequence(qualified("audit", "entry_number")).minValue(1).maxValue(999).cycle(true));
        op.dropSequence("invoice_number");
        billing.dropSequenceIfExists("invoice_number");
        billing.dropSequence(invoice);
        op.dropSequenceIfExists(invoice);

        QualifiedName inBilling = QualifiedName.of("billing", "invoice_number");
        Sequence billingInvoice = invoice.withName(inBilling);
        assertThat(op.operations()).containsExactly(
                new CreateSequence(new Sequence(QualifiedName.of("invoice_number"), OptionalLong.of(1000),
                        OptionalLong.of(10), OptionalLong.empty(), OptionalLong.empty(), false), false),
                new CreateSequence(billingInvoice, true),
                new CreateSequence(new Sequence(QualifiedName.of("audit", "entry_number"), OptionalLong.empty(),
                        OptionalLong.empty(), OptionalLong.of(1), OptionalLong.of(999), true), false),
                new DropSequence(QualifiedName.of("invoice_number"), Optional.empty(), false),
                new DropSequence(inBilling, Optional.empty(), true),
                new DropSequence(inBilling, Optional.of(billingInvoice), false),
                new DropSequence(invoice.name(), Optional.of(invoice), true));
    }

    @Test
    void batchOptionsAndPositionsAreRecorded() {
        RecordingOperations op = new RecordingOperations();
        Table current = table("account", column("id", INTEGER), column("email", TEXT));

        op.batchAlterTable("account", batch -> batch.recreateAlways()
                .copyFrom(current)
                .partialReordering("email", "id")
                .addColumn(column("name", TEXT), after("id"))
                .alterColumn("email", alter -> alter.insertBefore("id").comment("where to write")));

        BatchAlterTable batch = (BatchAlterTable) op.operations().get(0);
        assertThat(batch.recreate()).isEqualTo(BatchAlterTable.Recreate.ALWAYS);
        assertThat(batch.copyFrom()).contains(current);
        assertThat(batch.partialReordering()).containsExactly(List.of("email", "id"));
        assertThat(batch.operations()).containsExactly(
                new AddColumn(ACCOUNT, column("name", TEXT), false, Optional.of(ColumnPosition.after("id"))),
                new AlterColumn(ACCOUNT, "email", new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Change.unchanged(), Change.to("where to write"), Optional.empty(),
                        Change.unchanged(), Optional.of(ColumnPosition.before("id"))), ColumnState.UNKNOWN));
    }

    @Test
    void alterationsRecordDropsAndKnownAbsences() {
        RecordingOperations op = new RecordingOperations();

        op.alterColumn("account", "status", alter -> alter.rename("state")
                .type(INTEGER, "status::integer")
                .dropServerDefault().existingServerDefault(literal("new"))
                .comment("lifecycle").existingCommentAbsent()
                .autoincrement(false).existingAutoincrement(true));

        AlterColumn alter = (AlterColumn) op.operations().get(0);
        assertThat(alter.change()).isEqualTo(new ColumnChange(Optional.of("state"), Optional.of(INTEGER),
                Optional.of("status::integer"), Optional.empty(), Change.drop(), Change.to("lifecycle"),
                Optional.of(false), Change.unchanged(), Optional.empty()));
        assertThat(alter.existing()).isEqualTo(new ColumnState(Optional.empty(), Optional.empty(),
                Existing.of(literal("new")), Existing.absent(), Optional.of(true), Existing.unknown()));
    }

    @Test
    void reversibleFormsCarryWhatTheyDrop() {
        RecordingOperations op = new RecordingOperations();
        Column legacy = column("legacy", TEXT);
        Index byName = index("ix_account_name", "name").unique(true);
        UniqueConstraint uniqueName = unique("uq_account_name", "name");

        op.dropColumn("account", legacy);
        op.dropIndex("account", byName);
        op.dropConstraint("account", uniqueName);
        op.dropIndex("ix_old", "account", drop -> drop.concurrently().ifExists());
        op.createIndex("account", index("ix_lower_name", sql("lower(name)")).where("name IS NOT NULL"),
                build -> build.concurrently().ifNotExists());

        List<Operation> recorded = op.operations();
        assertThat(recorded.subList(0, 3)).allSatisfy(drop -> assertThat(drop.reverse()).isPresent());
        assertThat(recorded.get(0).reverse()).contains(AddColumn.of(ACCOUNT, legacy));
        assertThat(recorded.get(3)).isEqualTo(new DropIndex(QualifiedName.of("ix_old"), Optional.of("account"),
                Optional.empty(), true, true));
        CreateIndex lower = (CreateIndex) recorded.get(4);
        assertThat(lower.concurrently()).isTrue();
        assertThat(lower.ifNotExists()).isTrue();
        assertThat(lower.index().elements()).containsExactly(sql("lower(name)"));
    }

    @Test
    void offlineSettingsAndCommandLineArgumentsReachTheRevision() {
        RecordingOperations op = new RecordingOperations(new RecordingOperations.Settings(true,
                Map.of("tenant", "acme"), Optional.of("release-7"), value -> "<" + value + ">", "postgresql",
                ConnectionAccess.none("offline")));

        assertThat(op.isOffline()).isTrue();
        assertThat(op.xArgument("tenant")).contains("acme");
        assertThat(op.xArgument("missing")).isEmpty();
        assertThat(op.xArguments()).containsOnlyKeys("tenant");
        assertThat(op.tag()).contains("release-7");
        assertThat(op.inlineLiteral(7)).isEqualTo("<7>");
        assertThat(op.dialectName()).isEqualTo("postgresql");
        assertThat(op.schema("s").isOffline()).isTrue();
        assertThat(new RecordingOperations().isOffline()).isFalse();
    }

    @Test
    void recordedListIsACopy() {
        RecordingOperations op = new RecordingOperations();
        op.execute("SELECT 1");
        List<Operation> before = op.operations();
        op.execute("SELECT 2");
        assertThat(before).hasSize(1);
        assertThat(op.operations()).hasSize(2);
    }

    private static ColumnChange change(Optional<dev.retort.schema.ColumnType> type, Optional<Boolean> nullable) {
        return new ColumnChange(Optional.empty(), type, Optional.empty(), nullable, Change.unchanged(),
                Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
    }
}
