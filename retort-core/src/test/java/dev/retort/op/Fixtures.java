package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
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

/** Small schema objects the operation tests share. */
final class Fixtures {
    static final ColumnType INTEGER = new ColumnType.IntegerType(ColumnType.IntegerType.Width.NORMAL);
    static final ColumnType TEXT = new ColumnType.TextType(Optional.empty());
    static final QualifiedName ACCOUNT = QualifiedName.of("account");
    static final Column NAME = Column.of("name", string(50)).notNull().serverDefault(ServerDefault.literal("anon"));
    static final Table ACCOUNT_TABLE = Table.of(ACCOUNT, List.of(Column.of("id", INTEGER).primaryKey(), NAME,
            new UniqueConstraint(Optional.of("uq_account_name"), List.of("name"))));
    static final Index NAME_INDEX = Index.on(Optional.of("ix_account_name"), List.of("name"));
    static final PrimaryKey PRIMARY_KEY = new PrimaryKey(Optional.of("pk_account"), List.of("id"));
    static final UniqueConstraint UNIQUE_NAME = new UniqueConstraint(Optional.of("uq_account_name"), List.of("name"));
    static final ForeignKey ORDER_ACCOUNT = ForeignKey.of(Optional.of("fk_order_account"), List.of("account_id"),
            ACCOUNT, List.of("id"));
    static final CheckConstraint POSITIVE_ID = new CheckConstraint(Optional.of("ck_positive"), "id > 0");

    private Fixtures() {
    }

    static ColumnType string(int length) {
        return new ColumnType.StringType(OptionalInt.of(length), Optional.empty());
    }

    /** One value of every kind of operation. */
    static List<Operation> oneOfEach() {
        QualifiedName orders = QualifiedName.of("orders");
        return List.of(
                new CreateTable(ACCOUNT_TABLE, false),
                new DropTable(ACCOUNT, Optional.empty(), false),
                new RenameTable(ACCOUNT, "customer"),
                new CreateTableComment(ACCOUNT, "people", Optional.empty()),
                new DropTableComment(ACCOUNT, Optional.empty()),
                AddColumn.of(ACCOUNT, NAME),
                new DropColumn(ACCOUNT, "name", Optional.empty(), false),
                new AlterColumn(ACCOUNT, "name", ColumnChangeBuilder.nullable(true), ColumnState.UNKNOWN),
                CreateIndex.of(ACCOUNT, NAME_INDEX),
                new DropIndex(QualifiedName.of("ix_account_name"), Optional.empty(), Optional.empty(), false, false),
                new CreatePrimaryKey(ACCOUNT, PRIMARY_KEY),
                new CreateUniqueConstraint(ACCOUNT, UNIQUE_NAME),
                new CreateForeignKey(orders, ORDER_ACCOUNT),
                new CreateCheckConstraint(ACCOUNT, POSITIVE_ID),
                new DropConstraint(ACCOUNT, "uq_account_name", Optional.empty(), Optional.empty(), false),
                new CreateSequence(Sequence.of(QualifiedName.of("account_number")), false),
                new AlterSequence(Sequence.of(QualifiedName.of("account_number")).increment(10), Optional.empty()),
                new DropSequence(QualifiedName.of("account_number"), Optional.empty(), false),
                new Execute("UPDATE account SET name = 'x'"),
                new BulkInsert(ACCOUNT, Map.of(), List.of(Map.of("id", 1)), true),
                BatchAlterTable.of(ACCOUNT, List.of(new DropColumn(ACCOUNT, "legacy", Optional.empty(), false))));
    }

    /** Column changes written briefly. */
    static final class ColumnChangeBuilder {
        private ColumnChangeBuilder() {
        }

        static ColumnChange nullable(boolean nullable) {
            return new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(nullable),
                    Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(), Optional.empty());
        }
    }
}
