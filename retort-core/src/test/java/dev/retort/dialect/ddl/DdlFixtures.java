package dev.retort.dialect.ddl;

import dev.retort.api.ColumnAlteration;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.AlterSequence;
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
import dev.retort.op.RecordingOperations;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/** Small schema objects and operations the compiler tests share. */
public final class DdlFixtures {
    public static final ColumnType INTEGER = new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL);
    public static final ColumnType BIGINT = new ColumnType.IntegerType(ColumnType.IntegerType.Width.BIG);
    public static final ColumnType TEXT = new ColumnType.TextType(Optional.empty());
    public static final ColumnType TIMESTAMP = new ColumnType.TimestampType(false);
    public static final QualifiedName ACCOUNT = QualifiedName.of("account");
    public static final QualifiedName ORDERS = QualifiedName.of("orders");

    private DdlFixtures() {
    }

    public static ColumnType string(int length) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.empty());
    }

    /** Alembic's sample: {@code account (id INTEGER primary key, name VARCHAR(50) NOT NULL)}. */
    public static Table account() {
        return Table.of(ACCOUNT, List.of(Column.of("id", INTEGER).primaryKey(), Column.of("name", string(50)).notNull()));
    }

    public static ColumnChange change() {
        return ColumnChange.NONE;
    }

    public static ColumnChange nullable(boolean nullable) {
        return new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(nullable),
                Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
    }

    public static ColumnChange type(ColumnType type, Optional<String> using) {
        return new ColumnChange(Optional.empty(), Optional.of(type), using, Optional.empty(), Change.unchanged(),
                Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
    }

    public static ColumnChange serverDefault(Change<ServerDefault> value) {
        return new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), value,
                Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
    }

    public static ColumnChange comment(Change<String> value) {
        return new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Change.unchanged(), value, Optional.empty(), Change.unchanged(), Optional.empty());
    }

    public static ColumnChange rename(String newName) {
        return new ColumnChange(Optional.of(newName), Optional.empty(), Optional.empty(), Optional.empty(),
                Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
    }

    /** The alteration a revision writes as {@code op.alterColumn("account", column, alteration)}. */
    public static AlterColumn alter(String column, Consumer<ColumnAlteration> alteration) {
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn(ACCOUNT.name(), column, alteration);
        return (AlterColumn) operations.operations().get(0);
    }

    public static AlterColumn alter(String column, ColumnChange change) {
        return new AlterColumn(ACCOUNT, column, change, ColumnState.UNKNOWN);
    }

    public static ForeignKey ordersAccount() {
        return ForeignKey.of(Optional.of("fk_orders_account"), List.of("account_id"), ACCOUNT, List.of("id"));
    }

    /** One simple instance of every kind of operation, keyed by its class. */
    public static Map<Class<?>, Operation> oneOfEach() {
        Index nameIndex = Index.on(Optional.of("ix_account_name"), List.of("name"));
        return Map.ofEntries(
                entry(new CreateTable(account(), false)),
                entry(new DropTable(ACCOUNT, Optional.empty(), false)),
                entry(new RenameTable(ACCOUNT, "customer")),
                entry(new CreateTableComment(ACCOUNT, "people", Optional.empty())),
                entry(new DropTableComment(ACCOUNT, Optional.empty())),
                entry(AddColumn.of(ACCOUNT, Column.of("last_login", TIMESTAMP))),
                entry(new DropColumn(ACCOUNT, "last_login", Optional.empty(), false)),
                entry(alter("name", nullable(true))),
                entry(CreateIndex.of(ACCOUNT, nameIndex)),
                entry(new DropIndex(QualifiedName.of("ix_account_name"), Optional.of("account"), Optional.empty(),
                        false, false)),
                entry(new CreatePrimaryKey(ACCOUNT, new PrimaryKey(Optional.of("pk_account"), List.of("id")))),
                entry(new CreateUniqueConstraint(ACCOUNT, new UniqueConstraint(Optional.of("uq_name"),
                        List.of("name")))),
                entry(new CreateForeignKey(ORDERS, ordersAccount())),
                entry(new CreateCheckConstraint(ACCOUNT, new CheckConstraint(Optional.of("ck_id"), "id > 0"))),
                entry(new DropConstraint(ACCOUNT, "uq_name", Optional.of(ConstraintKind.UNIQUE), Optional.empty(),
                        false)),
                entry(new CreateSequence(Sequence.of(QualifiedName.of("order_number")).start(1000), false)),
                entry(new AlterSequence(Sequence.of(QualifiedName.of("order_number")).increment(5), Optional.empty())),
                entry(new DropSequence(QualifiedName.of("order_number"), Optional.empty(), false)),
                entry(new Execute("UPDATE account SET name = 'x'")),
                entry(new BulkInsert(ACCOUNT, Map.of(), List.of(Map.of("id", 1)), true)),
                entry(new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.AUTO, Optional.of(account()), List.of(),
                        List.of(new DropColumn(ACCOUNT, "name", Optional.empty(), false)))));
    }

    private static Map.Entry<Class<?>, Operation> entry(Operation operation) {
        return Map.entry(operation.getClass(), operation);
    }
}
