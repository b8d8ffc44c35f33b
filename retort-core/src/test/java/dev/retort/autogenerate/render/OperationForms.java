package dev.retort.autogenerate.render;

import static dev.retort.api.Schema.*;

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
import dev.retort.op.Existing;
import dev.retort.op.Operation;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Hand-made operations of every kind and form, for the round-trip and golden tests. */
final class OperationForms {
    static final QualifiedName ACCOUNT = QualifiedName.of("account");
    static final QualifiedName ORDERS = QualifiedName.of("orders");
    static final QualifiedName BILLING_INVOICE = QualifiedName.of("billing", "invoice");

    static final Table ACCOUNT_TABLE = table("account",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).notNull().serverDefault(literal("anon")),
            column("email", string(200)).unique(),
            column("created", TIMESTAMP_WITH_TIME_ZONE).notNull().serverDefault(sql("CURRENT_TIMESTAMP")),
            index("ix_account_name", "name"));

    static final Table ORDERS_TABLE = table("orders",
            column("id", BIG_INTEGER).primaryKey().identity(Identity.byDefault()),
            column("account_id", INTEGER).notNull().references("account.id"),
            column("total", numeric(12, 2)).notNull().serverDefault(literal(new BigDecimal("0.00"))),
            column("status", enumType("order_status", "new", "paid", "shipped")).notNull(),
            column("note", TEXT).comment("Free text, \"quoted\",\nover two lines"),
            check("ck_orders_total", "total >= 0"),
            uniqueIndex("uq_orders_account_status", "account_id", "status").where("status <> 'shipped'"))
            .withComment(Optional.of("Orders placed by accounts"));

    private OperationForms() {
    }

    /** One or more of every kind of operation, in the forms the facade can say, each named. */
    static Map<String, Operation> everyForm() {
        Map<String, Operation> forms = new LinkedHashMap<>();
        tables(forms);
        columns(forms);
        alterations(forms);
        indexes(forms);
        constraints(forms);
        sequences(forms);
        data(forms);
        batches(forms);
        return forms;
    }

    private static void tables(Map<String, Operation> forms) {
        forms.put("create table", new CreateTable(ACCOUNT_TABLE, false));
        forms.put("create table with comment, identity, enum and check", new CreateTable(ORDERS_TABLE, false));
        forms.put("create table if not exists", new CreateTable(table("tag", column("id", INTEGER)), true));
        forms.put("create table in a schema", new CreateTable(table(BILLING_INVOICE, column("id", UUID).primaryKey(),
                column("lines", arrayOf(JSON, 2)), foreignKey("fk_invoice_account", List.of("id"),
                        qualified("crm", "account"), List.of("uid")).onDelete(CASCADE).deferrable(true)
                        .initially(ForeignKey.Initially.DEFERRED).match(ForeignKey.Match.FULL)), false));
        forms.put("create table with unnamed constraints", new CreateTable(Table.of(ACCOUNT, List.of(
                Column.of("a", INTEGER), Column.of("b", TEXT), new UniqueConstraint(Optional.empty(), List.of("a", "b")),
                new CheckConstraint(Optional.empty(), "a > 0"), PrimaryKey.of("b", "a"),
                ForeignKey.of(Optional.empty(), List.of("a"), QualifiedName.of("other"), List.of("id")),
                new Index(Optional.empty(), List.of(new IndexColumn("a"), sql("lower(b)")), true,
                        Optional.of("a > 1"), Map.of("postgresql_using", "btree")))), false));
        forms.put("create table with every type", new CreateTable(table("types",
                column("a", SMALL_INTEGER), column("b", numeric()), column("c", numeric(5)), column("d", FLOAT),
                column("e", floatType(24)), column("f", DOUBLE), column("g", string()), column("h", string(10, "C")),
                column("i", new ColumnType.StringType(OptionalInt.empty(), Optional.of("de_DE"))),
                column("j", new ColumnType.TextType(Optional.of("C"))), column("k", BOOLEAN), column("l", DATE),
                column("m", TIME), column("n", TIME_WITH_TIME_ZONE), column("o", TIMESTAMP), column("p", BINARY),
                column("q", binary(16)), column("r", new ColumnType.EnumType(Optional.empty(), List.of("x", "y"))),
                column("s", arrayOf(INTEGER)), column("t", postgresql("jsonb")), column("u", mysql("tinyint", "1")),
                column("v", dialectType("h2", "geometry")), column("w", rawType("CHAR(3)")),
                column("x", INTEGER).autoincrement(false),
                column("y", BIG_INTEGER).identity(new Identity(true, OptionalLong.of(100), OptionalLong.of(-2))),
                column("z", DOUBLE).serverDefault(literal(1.5e300))), false));
        forms.put("drop table", new DropTable(ACCOUNT, Optional.empty(), false));
        forms.put("drop table if exists", new DropTable(ACCOUNT, Optional.empty(), true));
        forms.put("drop table with definition", new DropTable(ACCOUNT, Optional.of(ACCOUNT_TABLE), false));
        forms.put("rename table", new RenameTable(BILLING_INVOICE, "bill"));
        forms.put("create table comment", new CreateTableComment(ACCOUNT, "People's accounts", Optional.empty()));
        forms.put("replace table comment", new CreateTableComment(ACCOUNT, "new", Optional.of("old")));
        forms.put("drop table comment", new DropTableComment(ACCOUNT, Optional.empty()));
        forms.put("drop known table comment", new DropTableComment(ACCOUNT, Optional.of("old \\u0041 text")));
    }

    private static void columns(Map<String, Operation> forms) {
        forms.put("add column", AddColumn.of(ACCOUNT, column("nickname", string(30)).comment("shown to others")));
        forms.put("add column with inline constraints", AddColumn.of(ORDERS, column("ref", INTEGER).unique()
                .references(foreignKey("fk_orders_ref", List.of("ref"), "account", List.of("id")).onUpdate(SET_NULL))));
        forms.put("add column if not exists", new AddColumn(BILLING_INVOICE, column("paid", BOOLEAN)
                .serverDefault(literal(false)), true, Optional.empty()));
        forms.put("drop column", new DropColumn(ACCOUNT, "email", Optional.empty(), false));
        forms.put("drop column if exists", new DropColumn(ACCOUNT, "email", Optional.empty(), true));
        forms.put("drop column with definition", new DropColumn(ACCOUNT, "email",
                Optional.of(column("email", string(200)).notNull()), false));
    }

    private static void alterations(Map<String, Operation> forms) {
        forms.put("alter column type", new AlterColumn(ACCOUNT, "name", new ColumnChange(Optional.empty(),
                Optional.of(string(100)), Optional.empty(), Optional.empty(), Change.unchanged(), Change.unchanged(),
                Optional.empty(), Change.unchanged(), Optional.empty()), new ColumnState(Optional.of(string(50)),
                Optional.of(false), Existing.of(literal("anon")), Existing.absent(), Optional.empty(),
                Existing.unknown())));
        forms.put("alter column everything", new AlterColumn(BILLING_INVOICE, "total", new ColumnChange(
                Optional.of("amount"), Optional.of(numeric(10, 2)), Optional.of("total::numeric(10,2)"),
                Optional.of(false), Change.to(sql("0")), Change.to("in euros"), Optional.of(true), Change.unchanged(),
                Optional.empty()), new ColumnState(Optional.of(INTEGER), Optional.of(true), Existing.absent(),
                Existing.of("was"), Optional.of(false), Existing.unknown())));
        forms.put("alter column drops", new AlterColumn(ACCOUNT, "name", new ColumnChange(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(true), Change.drop(), Change.drop(), Optional.empty(),
                Change.unchanged(), Optional.empty()), ColumnState.UNKNOWN));
        forms.put("alter column identity added", numbering(Optional.empty(),
                Change.to(generatedAlways().start(100).increment(5)), Optional.empty(), Existing.absent()));
        forms.put("alter column identity changed", numbering(Optional.empty(), Change.to(generatedByDefault()),
                Optional.empty(), Existing.of(generatedAlways().start(3_000_000_000L))));
        forms.put("alter column autoincrement replaced by identity", numbering(Optional.of(false),
                Change.to(generatedAlways()), Optional.of(true), Existing.absent()));
        forms.put("alter column identity dropped", numbering(Optional.empty(), Change.drop(), Optional.empty(),
                Existing.of(generatedByDefault().increment(-1))));
    }

    private static AlterColumn numbering(Optional<Boolean> autoincrement, Change<Identity> identity,
            Optional<Boolean> existingAutoincrement, Existing<Identity> existingIdentity) {
        return new AlterColumn(ORDERS, "id", new ColumnChange(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Change.unchanged(), Change.unchanged(), autoincrement, identity, Optional.empty()),
                new ColumnState(Optional.of(INTEGER), Optional.of(false), Existing.absent(), Existing.absent(),
                        existingAutoincrement, existingIdentity));
    }

    private static void indexes(Map<String, Operation> forms) {
        forms.put("create index", CreateIndex.of(ACCOUNT, index("ix_account_email", "email", "name")));
        forms.put("create unique partial index", CreateIndex.of(ACCOUNT, uniqueIndex("uq_email", "email")
                .where("email IS NOT NULL").dialectOption("postgresql_using", "hash")));
        forms.put("create expression index", CreateIndex.of(BILLING_INVOICE, index("ix_lower", sql("lower(name)"))
                .unique(true)));
        forms.put("create index concurrently", new CreateIndex(ACCOUNT, index("ix_a", "name"), true, true));
        forms.put("drop index", new DropIndex(QualifiedName.of("ix_a"), Optional.empty(), Optional.empty(), false,
                false));
        forms.put("drop index of table", new DropIndex(QualifiedName.of("billing", "ix_a"), Optional.of("invoice"),
                Optional.empty(), false, false));
        forms.put("drop index with definition", new DropIndex(QualifiedName.of("ix_account_name"),
                Optional.of("account"), Optional.of(index("ix_account_name", "name")), false, false));
        forms.put("drop index concurrently if exists", new DropIndex(QualifiedName.of("ix_account_name"),
                Optional.of("account"), Optional.of(index("ix_account_name", "name")), true, true));
    }

    private static void constraints(Map<String, Operation> forms) {
        forms.put("create primary key", new CreatePrimaryKey(ACCOUNT, primaryKey("pk_account", "id", "name")));
        forms.put("create unnamed primary key", new CreatePrimaryKey(ACCOUNT, PrimaryKey.of("id")));
        forms.put("create unique constraint", new CreateUniqueConstraint(ACCOUNT, unique("uq_account_email", "email")));
        forms.put("create foreign key", new CreateForeignKey(ORDERS, foreignKey("fk_orders_account",
                List.of("account_id"), "account", List.of("id"))));
        forms.put("create foreign key with options", new CreateForeignKey(BILLING_INVOICE, foreignKey("fk_invoice",
                List.of("a", "b"), qualified("billing", "account"), List.of("x", "y")).onDelete(RESTRICT)
                .onUpdate(NO_ACTION)));
        forms.put("create foreign key across schemas", new CreateForeignKey(ORDERS, foreignKey("fk_orders_invoice",
                List.of("invoice_id"), BILLING_INVOICE, List.of("id")).onDelete(SET_DEFAULT)));
        forms.put("create check constraint", new CreateCheckConstraint(ACCOUNT, check("ck_name", "name <> ''")));
        forms.put("create unnamed check constraint", new CreateCheckConstraint(ACCOUNT,
                new CheckConstraint(Optional.empty(), "id > 0")));
        forms.put("drop constraint", new DropConstraint(ACCOUNT, "uq_x", Optional.empty(), Optional.empty(), false));
        forms.put("drop constraint of a kind", new DropConstraint(ACCOUNT, "fk_x", Optional.of(FOREIGN_KEY),
                Optional.empty(), false));
        forms.put("drop constraint if exists", new DropConstraint(ACCOUNT, "ck_x", Optional.of(CHECK),
                Optional.empty(), true));
        forms.put("drop constraint with definition", new DropConstraint(ORDERS, "fk_orders_account",
                Optional.empty(), Optional.of(foreignKey("fk_orders_account", List.of("account_id"), "account",
                        List.of("id")).onDelete(CASCADE)), false));
    }

    private static void sequences(Map<String, Operation> forms) {
        Sequence invoice = sequence("invoice_number").start(1000).increment(10);
        Sequence everything = sequence(qualified("billing", "it's \"odd\"")).start(-1).increment(-2)
                .minValue(Long.MIN_VALUE).maxValue(-1).cycle(true);
        forms.put("create sequence", new CreateSequence(sequence("order_number"), false));
        forms.put("create sequence with options", new CreateSequence(invoice, false));
        forms.put("create sequence in a schema with every option", new CreateSequence(everything, false));
        forms.put("create sequence if not exists", new CreateSequence(invoice, true));
        forms.put("alter sequence", new AlterSequence(invoice, Optional.empty()));
        forms.put("alter sequence from its existing definition", new AlterSequence(everything.cycle(false),
                Optional.of(everything)));
        forms.put("drop sequence", new DropSequence(QualifiedName.of("order_number"), Optional.empty(), false));
        forms.put("drop sequence if exists", new DropSequence(QualifiedName.of("billing", "order_number"),
                Optional.empty(), true));
        forms.put("drop sequence with definition", new DropSequence(invoice.name(), Optional.of(invoice), false));
        forms.put("drop sequence with definition if exists", new DropSequence(everything.name(),
                Optional.of(everything), true));
    }

    private static void data(Map<String, Operation> forms) {
        forms.put("execute", new Execute("UPDATE account\nSET name = 'it''s \"me\"'\nWHERE id = 1"));
        forms.put("bulk insert", new BulkInsert(ACCOUNT, Map.of(), List.of(row("id", 1, "name", "alice"),
                row("id", 2L, "name", null)), true));
        Map<String, ColumnType> types = new LinkedHashMap<>();
        types.put("n", numeric(10, 2));
        types.put("d", DATE);
        types.put("v", TEXT);
        forms.put("bulk insert with types", new BulkInsert(ORDERS, types, List.of(
                row("n", new BigDecimal("1.50"), "d", LocalDate.of(2024, 1, 31), "v", "tab\there"),
                row("n", new BigInteger("123456789012345678901234567890"), "d", LocalDateTime.of(2024, 1, 31, 10, 5),
                        "v", java.util.UUID.fromString("5f0c2b1e-8d7a-4f7e-9a53-2c4b6d8e0f11")),
                row("n", (short) 3, "d", LocalTime.of(23, 59, 1), "v", 2.5f),
                row("n", (byte) -4, "d", OffsetDateTime.parse("2024-01-31T10:15:30+01:00"), "v", true),
                row("n", Double.NaN, "d", null, "v", "caf\u00e9 \uD83D\uDE00")), true));
    }

    private static void batches(Map<String, Operation> forms) {
        forms.put("batch", BatchAlterTable.of(ACCOUNT, List.of(
                new AddColumn(ACCOUNT, column("nickname", TEXT), false, Optional.of(ColumnPosition.after("name"))),
                new DropColumn(ACCOUNT, "legacy", Optional.of(column("legacy", INTEGER)), false),
                new AlterColumn(ACCOUNT, "name", new ColumnChange(Optional.empty(), Optional.of(TEXT), Optional.empty(),
                        Optional.empty(), Change.unchanged(), Change.unchanged(), Optional.empty(), Change.unchanged(),
                        Optional.of(ColumnPosition.before("id"))), new ColumnState(Optional.of(string(50)),
                        Optional.empty(), Existing.unknown(), Existing.unknown(), Optional.empty(),
                        Existing.unknown())),
                CreateIndex.of(ACCOUNT, index("ix_nick", "nickname")),
                new DropIndex(QualifiedName.of("ix_old"), Optional.of("account"), Optional.empty(), false, false),
                new DropIndex(QualifiedName.of("ix_account_name"), Optional.of("account"),
                        Optional.of(index("ix_account_name", "name")), false, false),
                new CreatePrimaryKey(ACCOUNT, primaryKey("pk_account", "id")),
                new CreateUniqueConstraint(ACCOUNT, unique("uq_nick", "nickname")),
                new CreateForeignKey(ACCOUNT, foreignKey("fk_a", List.of("id"), "other", List.of("id")).onDelete(CASCADE)),
                new CreateForeignKey(ACCOUNT, foreignKey("fk_b", List.of("id"), qualified("s", "other"), List.of("id"))),
                new CreateCheckConstraint(ACCOUNT, check("ck_a", "id > 0")),
                new DropConstraint(ACCOUNT, "ck_old", Optional.empty(), Optional.empty(), false),
                new DropConstraint(ACCOUNT, "uq_old", Optional.of(UNIQUE), Optional.empty(), false),
                new DropConstraint(ACCOUNT, "uq_known", Optional.empty(), Optional.of(unique("uq_known", "a")), false),
                new CreateTableComment(ACCOUNT, "c", Optional.of("b")),
                new DropTableComment(ACCOUNT, Optional.of("c")))));
        forms.put("batch recreating always from a copy", new BatchAlterTable(BILLING_INVOICE,
                BatchAlterTable.Recreate.ALWAYS, Optional.of(table(BILLING_INVOICE, column("id", INTEGER),
                        column("a", TEXT), column("b", TEXT))), List.of(List.of("b", "a"), List.of("id", "b")),
                List.of(new DropColumn(BILLING_INVOICE, "a", Optional.empty(), false))));
        forms.put("batch never recreating, empty", new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.NEVER,
                Optional.empty(), List.of(), List.of()));
    }
}
