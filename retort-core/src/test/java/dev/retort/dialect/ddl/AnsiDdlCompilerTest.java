package dev.retort.dialect.ddl;

import static dev.retort.dialect.ddl.DdlFixtures.ACCOUNT;
import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static dev.retort.dialect.ddl.DdlFixtures.alter;
import static dev.retort.dialect.ddl.DdlFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.DialectCapabilities;
import dev.retort.dialect.EnumStorage;
import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.BulkInsert;
import dev.retort.op.Change;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.AlterSequence;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ANSI default compiler, which a dialect with no compiler of its own gets. */
class AnsiDdlCompilerTest {
    static final Dialect ANSI = new Dialect() {
        @Override
        public String name() {
            return "ansi";
        }

        @Override
        public DialectCapabilities capabilities() {
            return new DialectCapabilities(true, true, true, true, true, true, true, true, true, true,
                    EnumStorage.CHECK_CONSTRAINT, false, true, true, false, true, true);
        }
    };

    private final DdlCompiler compiler = DdlCompilers.forDialect(ANSI);

    @Test
    void createTableFollowsSqlAlchemysLayout() {
        assertThat(compiler.compile(new CreateTable(DdlFixtures.account(), false))).containsExactly(
                "CREATE TABLE account (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id)\n)");
    }

    @Test
    void createTableWritesDefaultsConstraintsIndexesAndComments() {
        Table table = new Table(QualifiedName.of("app", "orders"), List.of(
                Column.of("id", INTEGER).notNull(),
                Column.of("account_id", INTEGER).notNull(),
                Column.of("status", string(10)).serverDefault(ServerDefault.literal("new")).comment("it's new"),
                Column.of("created", DdlFixtures.TIMESTAMP).serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP"))),
                Optional.of(new dev.retort.schema.PrimaryKey(Optional.of("pk_orders"), List.of("id"))),
                List.of(DdlFixtures.ordersAccount().onDelete(ReferentialAction.CASCADE)
                                .onUpdate(ReferentialAction.SET_NULL).deferrable(true)
                                .initially(ForeignKey.Initially.DEFERRED).match(ForeignKey.Match.FULL),
                        new UniqueConstraint(Optional.empty(), List.of("account_id", "status")),
                        new CheckConstraint(Optional.of("ck_status"), "status <> ''")),
                List.of(Index.on(Optional.of("ix_orders_status"), List.of("status"))),
                Optional.of("Orders"));
        assertThat(compiler.compile(new CreateTable(table, true))).containsExactly(
                "CREATE TABLE IF NOT EXISTS app.orders (\n"
                        + "\tid INTEGER NOT NULL, \n"
                        + "\taccount_id INTEGER NOT NULL, \n"
                        + "\tstatus VARCHAR(10) DEFAULT 'new', \n"
                        + "\tcreated TIMESTAMP DEFAULT CURRENT_TIMESTAMP, \n"
                        + "\tCONSTRAINT pk_orders PRIMARY KEY (id), \n"
                        + "\tCONSTRAINT fk_orders_account FOREIGN KEY(account_id) REFERENCES account (id) MATCH FULL "
                        + "ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED, \n"
                        + "\tUNIQUE (account_id, status), \n"
                        + "\tCONSTRAINT ck_status CHECK (status <> '')\n"
                        + ")",
                "CREATE INDEX ix_orders_status ON app.orders (status)",
                "COMMENT ON TABLE app.orders IS 'Orders'",
                "COMMENT ON COLUMN app.orders.status IS 'it''s new'");
    }

    @Test
    void hostileIdentifiersAreQuotedEverywhere() {
        String hostile = "x\"; DROP TABLE t; --";
        Table table = Table.of(QualifiedName.of("my schema", "select"), List.of(
                Column.of(hostile, INTEGER).primaryKey(), Column.of("Order", string(5))));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE \"my schema\".\"select\" (\n\t\"x\"\"; DROP TABLE t; --\" INTEGER NOT NULL, \n"
                        + "\t\"Order\" VARCHAR(5), \n\tPRIMARY KEY (\"x\"\"; DROP TABLE t; --\")\n)");
        assertThat(compiler.compile(new DropColumn(QualifiedName.of("user"), hostile, Optional.empty(), false)))
                .containsExactly("ALTER TABLE \"user\" DROP COLUMN \"x\"\"; DROP TABLE t; --\"");
        assertThat(compiler.compile(new BulkInsert(QualifiedName.of("user"), Map.of(),
                List.of(Map.of("name", "'); DROP TABLE t; --")), false)))
                .containsExactly("INSERT INTO \"user\" (name) VALUES ('''); DROP TABLE t; --')");
    }

    @Test
    void literalsOfEveryKind() {
        assertThat(compiler.literal(null)).isEqualTo("NULL");
        assertThat(compiler.literal("it's")).isEqualTo("'it''s'");
        assertThat(compiler.literal(42)).isEqualTo("42");
        assertThat(compiler.literal(-7L)).isEqualTo("-7");
        assertThat(compiler.literal(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(compiler.literal(0.25d)).isEqualTo("0.25");
        assertThat(compiler.literal(1.0e300)).isEqualTo("1.0E300");
        assertThat(compiler.literal(-2.5e-9)).isEqualTo("-2.5E-9");
        assertThat(compiler.literal(0.1f)).isEqualTo("0.1");
        assertThat(compiler.literal(true)).isEqualTo("TRUE");
        assertThat(compiler.literal(false)).isEqualTo("FALSE");
        assertThat(compiler.literal(LocalDate.of(2024, 1, 31))).isEqualTo("DATE '2024-01-31'");
        assertThat(compiler.literal(LocalTime.of(9, 5))).isEqualTo("TIME '09:05:00'");
        assertThat(compiler.literal(LocalDateTime.of(2024, 1, 31, 9, 5, 0, 250_000_000)))
                .isEqualTo("TIMESTAMP '2024-01-31 09:05:00.25'");
        assertThat(compiler.literal(OffsetDateTime.of(2024, 1, 31, 9, 5, 0, 0, ZoneOffset.ofHours(2))))
                .isEqualTo("TIMESTAMP WITH TIME ZONE '2024-01-31 09:05:00+02:00'");
        assertThat(compiler.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'");
        assertThat(compiler.literal(new byte[] {(byte) 0xCA, (byte) 0xFE})).isEqualTo("X'CAFE'");
        assertThat(compiler.literals().render("x")).isEqualTo("'x'");
        assertThatThrownBy(() -> compiler.literal(Double.NaN)).hasMessageContaining("no standard literal");
        assertThatThrownBy(() -> compiler.literal(new Object())).hasMessageContaining("literals are null, strings");
    }

    @Test
    void genericTypes() {
        assertThat(compiler.type(new ColumnType.IntegerType(ColumnType.IntegerType.Width.SMALL))).isEqualTo("SMALLINT");
        assertThat(compiler.type(DdlFixtures.BIGINT)).isEqualTo("BIGINT");
        assertThat(compiler.type(new ColumnType.NumericType(OptionalInt.of(10), OptionalInt.of(2))))
                .isEqualTo("NUMERIC(10, 2)");
        assertThat(compiler.type(new ColumnType.FloatType(OptionalInt.empty()))).isEqualTo("FLOAT");
        assertThat(compiler.type(new ColumnType.DoubleType())).isEqualTo("DOUBLE PRECISION");
        assertThat(compiler.type(new ColumnType.StringType(OptionalInt.empty(), Optional.of("de_DE"))))
                .isEqualTo("VARCHAR COLLATE \"de_DE\"");
        assertThat(compiler.type(new ColumnType.TimeType(true))).isEqualTo("TIME WITH TIME ZONE");
        assertThat(compiler.type(new ColumnType.BinaryType(OptionalInt.of(16)))).isEqualTo("VARBINARY(16)");
        assertThat(compiler.type(new ColumnType.BinaryType(OptionalInt.empty()))).isEqualTo("BLOB");
        assertThat(compiler.type(new ColumnType.UuidType())).isEqualTo("CHAR(32)");
        assertThat(compiler.type(new ColumnType.EnumType(Optional.empty(), List.of("a", "bcd")))).isEqualTo("VARCHAR(3)");
        assertThat(compiler.type(new ColumnType.RawType("INTERVAL DAY TO SECOND"))).isEqualTo("INTERVAL DAY TO SECOND");
        assertThatThrownBy(() -> compiler.type(new ColumnType.DialectType("postgresql", "jsonb", List.of())))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Type postgresql.jsonb is a postgresql type; the ansi dialect cannot create it. Use a "
                        + "generic type, or a raw type written for ansi");
    }

    @Test
    void alterColumnWritesOneStatementPerChangeInAlembicsOrder() {
        var change = new dev.retort.op.ColumnChange(Optional.of("full_name"), Optional.of(string(100)),
                Optional.empty(), Optional.of(false), Change.to(ServerDefault.literal("anon")), Change.to("who"),
                Optional.empty(), Change.unchanged(), Optional.empty());
        assertThat(compiler.compile(alter("name", change))).containsExactly(
                "ALTER TABLE account ALTER COLUMN name SET NOT NULL",
                "ALTER TABLE account ALTER COLUMN name SET DEFAULT 'anon'",
                "ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(100)",
                "COMMENT ON COLUMN account.name IS 'who'",
                "ALTER TABLE account RENAME COLUMN name TO full_name");
        assertThat(compiler.compile(alter("name", DdlFixtures.serverDefault(Change.drop()))))
                .containsExactly("ALTER TABLE account ALTER COLUMN name DROP DEFAULT");
        assertThat(compiler.compile(alter("name", DdlFixtures.comment(Change.drop()))))
                .containsExactly("COMMENT ON COLUMN account.name IS NULL");
        assertThat(compiler.compile(alter("name", DdlFixtures.type(INTEGER, Optional.of("name::int")))))
                .as("USING is PostgreSQL's, left out elsewhere as Alembic leaves postgresql_using")
                .containsExactly("ALTER TABLE account ALTER COLUMN name TYPE INTEGER");
    }

    @Test
    void tablesColumnsIndexesAndConstraints() {
        assertThat(compiler.compile(new DropTable(ACCOUNT, Optional.empty(), true)))
                .containsExactly("DROP TABLE IF EXISTS account");
        assertThat(compiler.compile(new RenameTable(QualifiedName.of("app", "account"), "customer")))
                .containsExactly("ALTER TABLE app.account RENAME TO customer");
        assertThat(compiler.compile(new AddColumn(ACCOUNT, Column.of("email", string(80)).unique()
                .references("person.email"), true, Optional.empty()))).containsExactly(
                "ALTER TABLE account ADD COLUMN IF NOT EXISTS email VARCHAR(80)",
                "ALTER TABLE account ADD UNIQUE (email)",
                "ALTER TABLE account ADD FOREIGN KEY(email) REFERENCES person (email)");
        Index index = new Index(Optional.of("ix_lower"), List.of(new dev.retort.schema.IndexColumn("id"),
                new SqlExpression("lower(name)")), true, Optional.of("id > 0"), Map.of());
        assertThat(compiler.compile(new CreateIndex(ACCOUNT, index, true, true))).containsExactly(
                "CREATE UNIQUE INDEX IF NOT EXISTS ix_lower ON account (id, (lower(name))) WHERE id > 0");
        Index ordered = new Index(Optional.of("ix_ordered"), List.of(new SqlExpression("created_at DESC NULLS LAST"),
                new SqlExpression("lower(name) DESC"), new SqlExpression("\"Code\" COLLATE \"C\" text_pattern_ops"),
                new SqlExpression("a + b"), new SqlExpression("'x DESC' || c"), new SqlExpression("id + num_ops"),
                new SqlExpression("id + num_ops DESC")),
                false, Optional.empty(), Map.of());
        assertThat(compiler.compile(new CreateIndex(ACCOUNT, ordered, false, false))).as("orders after parentheses")
                .containsExactly("CREATE INDEX ix_ordered ON account (created_at DESC NULLS LAST, (lower(name)) DESC,"
                        + " \"Code\" COLLATE \"C\" text_pattern_ops, (a + b), ('x DESC' || c), (id + num_ops),"
                        + " (id + num_ops) DESC)");
        assertThat(compiler.compile(new DropIndex(QualifiedName.of("app", "ix_lower"), Optional.empty(),
                Optional.empty(), true, false))).containsExactly("DROP INDEX IF EXISTS app.ix_lower");
        assertThat(compiler.compile(new CreateForeignKey(DdlFixtures.ORDERS, DdlFixtures.ordersAccount())))
                .containsExactly("ALTER TABLE orders ADD CONSTRAINT fk_orders_account FOREIGN KEY(account_id) "
                        + "REFERENCES account (id)");
        assertThat(compiler.compile(new DropConstraint(ACCOUNT, "ck_x", Optional.empty(), Optional.empty(), true)))
                .containsExactly("ALTER TABLE account DROP CONSTRAINT IF EXISTS ck_x");
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, Index.on(Optional.empty(), List.of("id")))))
                .hasMessage("An index on account has no name; name it so that it can be created and dropped later");
    }

    @Test
    void bulkInsertWritesOneInsertPerRowWithLiterals() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("id", 1);
        first.put("name", "Ann");
        first.put("born", LocalDate.of(1990, 5, 1));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("id", 2);
        second.put("name", null);
        assertThat(compiler.compile(new BulkInsert(ACCOUNT, Map.of(), List.of(first, second, Map.of()), true)))
                .containsExactly("INSERT INTO account (id, name, born) VALUES (1, 'Ann', DATE '1990-05-01')",
                        "INSERT INTO account (id, name) VALUES (2, NULL)",
                        "INSERT INTO account DEFAULT VALUES");
    }

    @Test
    void batchOnADatabaseThatAltersInPlaceCompilesItsOperationsPlainlyIgnoringAReordering() {
        BatchAlterTable batch = new BatchAlterTable(ACCOUNT, BatchAlterTable.Recreate.AUTO, Optional.empty(),
                List.of(List.of("email", "id")), List.of(new DropColumn(ACCOUNT, "name", Optional.empty(), false),
                        AddColumn.of(ACCOUNT, Column.of("email", DdlFixtures.TEXT))));
        assertThat(compiler.compile(batch)).containsExactly("ALTER TABLE account DROP COLUMN name",
                "ALTER TABLE account ADD COLUMN email TEXT");
    }

    @Test
    void createSequenceWritesOnlyTheNumbersThatDifferFromTheDefaults() {
        assertThat(compiler.compile(new CreateSequence(Sequence.of(QualifiedName.of("invoice_number")), false)))
                .containsExactly("CREATE SEQUENCE invoice_number");
        Sequence full = Sequence.of(QualifiedName.of("billing", "invoice_number")).start(-5).increment(-1)
                .minValue(-100).maxValue(-5).cycle(true);
        assertThat(compiler.compile(new CreateSequence(full, true))).containsExactly("CREATE SEQUENCE IF NOT EXISTS "
                + "billing.invoice_number INCREMENT BY -1 MINVALUE -100 MAXVALUE -5 START WITH -5 CYCLE");
    }

    @Test
    void alterSequenceWritesWhatDiffersFromTheExistingDefinitionAndDefaultsAsTheirValues() {
        Sequence plain = Sequence.of(QualifiedName.of("invoice_number"));
        Sequence stepped = plain.start(1000).increment(10).maxValue(99_999);
        assertThat(compiler.compile(new AlterSequence(stepped, Optional.of(plain)))).containsExactly(
                "ALTER SEQUENCE invoice_number INCREMENT BY 10 MAXVALUE 99999 START WITH 1000");
        assertThat(compiler.compile(new AlterSequence(plain.minValue(5).cycle(true), Optional.of(stepped))))
                .containsExactly("ALTER SEQUENCE invoice_number INCREMENT BY 1 MINVALUE 5 NO MAXVALUE START WITH 5 CYCLE");
        assertThat(compiler.compile(new AlterSequence(plain, Optional.of(plain.cycle(true)))))
                .containsExactly("ALTER SEQUENCE invoice_number NO CYCLE");
        assertThat(compiler.compile(new AlterSequence(stepped, Optional.empty()))).containsExactly(
                "ALTER SEQUENCE invoice_number INCREMENT BY 10 MAXVALUE 99999 START WITH 1000");
        assertThat(compiler.compile(new AlterSequence(plain, Optional.of(plain)))).isEmpty();
    }

    @Test
    void dropSequenceNamesItsSchemaAndMayBeConditional() {
        assertThat(compiler.compile(new DropSequence(QualifiedName.of("billing", "invoice_number"), Optional.empty(),
                false))).containsExactly("DROP SEQUENCE billing.invoice_number");
        assertThat(compiler.compile(new DropSequence(QualifiedName.of("order"), Optional.empty(), true)))
                .containsExactly("DROP SEQUENCE IF EXISTS \"order\"");
    }

    @Test
    void sequenceNamesAreQuotedLikeEveryOtherName() {
        Sequence hostile = Sequence.of(QualifiedName.of("my schema", "seq\"; DROP TABLE x; --")).start(7);
        assertThat(compiler.compile(new CreateSequence(hostile, false))).containsExactly(
                "CREATE SEQUENCE \"my schema\".\"seq\"\"; DROP TABLE x; --\" START WITH 7");
    }
}
