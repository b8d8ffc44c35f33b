package dev.retort.dialect.sqlite;

import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.dialect.ddl.DdlFixtures.ACCOUNT;
import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.ddl.DdlFixtures;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AddColumn;
import dev.retort.op.Change;
import dev.retort.op.CreateForeignKey;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.Execute;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SqliteDdlCompilerTest {
    private static final String BATCH_ADVICE = "Please refer to the batch mode feature which allows for SQLite "
            + "migrations using a copy-and-move strategy.";
    private final DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named("sqlite"));

    @Test
    void aLoneIntegerKeyIsTheRowidWithoutCommentsAndEnumsAreChecked() {
        Table table = Table.of(ACCOUNT, List.of(Column.of("id", DdlFixtures.BIGINT).primaryKey().comment("key"),
                Column.of("kind", new ColumnType.EnumType(Optional.empty(), List.of("a", "b"))),
                Column.of("at", DdlFixtures.TIMESTAMP).serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP"))))
                .withComment(Optional.of("ignored"));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE account (\n\tid INTEGER NOT NULL, \n\tkind VARCHAR(1), \n"
                        + "\tat DATETIME DEFAULT (CURRENT_TIMESTAMP), \n\tPRIMARY KEY (id), \n"
                        + "\tCHECK (kind IN ('a', 'b'))\n)");
        assertThat(compiler.compile(new CreateTableComment(ACCOUNT, "x", Optional.empty()))).isEmpty();
        assertThat(compiler.compile(DdlFixtures.alter("name", DdlFixtures.comment(Change.to("x"))))).isEmpty();
    }

    @Test
    void autoincrementKeywordOnlyWhenAsked() {
        Table table = Table.of(ACCOUNT, List.of(Column.of("id", INTEGER).primaryKey().autoincrement(true)));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE account (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT\n)");
    }

    /**
     * As SQLAlchemy on SQLite: {@code AUTOINCREMENT} only on a key of one column, which SQLite refuses in a key of
     * several; there the marked column keeps its type and the key its clause and name.
     */
    @Test
    void aMarkedColumnOfAKeyOfSeveralColumnsLeavesTheNamedKeyWhole() {
        Table table = new Table(ACCOUNT, List.of(Column.of("a", DdlFixtures.BIGINT).autoincrement(true),
                Column.of("b", INTEGER)), Optional.of(new PrimaryKey(Optional.of("pk_pair"), List.of("a", "b"))),
                List.of(), List.of(), Optional.empty());
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE account (\n\ta BIGINT NOT NULL, \n\tb INTEGER NOT NULL, \n"
                        + "\tCONSTRAINT pk_pair PRIMARY KEY (a, b)\n)");
    }

    /** As SQLAlchemy on SQLite: a revision written with PostgreSQL's identity runs on a SQLite test database. */
    @Test
    void anIdentityIsLeftOutForTheRowidToNumberTheKey() {
        Table table = Table.of(ACCOUNT, List.of(Column.of("id", INTEGER).primaryKey().identity(generatedAlways())));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE account (\n\tid INTEGER NOT NULL, \n\tPRIMARY KEY (id)\n)");
    }

    @Test
    void constraintsCannotBeAlteredAndPointToBatchMode() {
        assertThatThrownBy(() -> compiler.compile(new CreateForeignKey(DdlFixtures.ORDERS, DdlFixtures.ordersAccount())))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("No support for ALTER of constraints in SQLite dialect. " + BATCH_ADVICE);
        assertThatThrownBy(() -> compiler.compile(new DropConstraint(ACCOUNT, "uq", Optional.empty(),
                Optional.empty(), false))).hasMessage("No support for ALTER of constraints in SQLite dialect. "
                + BATCH_ADVICE);
        assertThatThrownBy(() -> compiler.compile(AddColumn.of(ACCOUNT, Column.of("code", INTEGER).unique())))
                .hasMessage("No support for ALTER of constraints in SQLite dialect. " + BATCH_ADVICE);
    }

    @Test
    void onlyRenameAddAndDropOfColumnsRunInPlace() {
        assertThat(compiler.compile(DdlFixtures.alter("name", DdlFixtures.rename("full name"))))
                .containsExactly("ALTER TABLE account RENAME COLUMN name TO \"full name\"");
        assertThat(compiler.compile(AddColumn.of(ACCOUNT, Column.of("owner", INTEGER).references("person.id"))))
                .containsExactly("ALTER TABLE account ADD COLUMN owner INTEGER REFERENCES person (id)");
        Column namedOwner = Column.of("owner", INTEGER).references(dev.retort.schema.ForeignKey.of(
                Optional.of("fk_account_owner"), List.of("owner"), QualifiedName.of("person"), List.of("id")));
        assertThat(compiler.compile(AddColumn.of(ACCOUNT, namedOwner))).containsExactly(
                "ALTER TABLE account ADD COLUMN owner INTEGER CONSTRAINT fk_account_owner REFERENCES person (id)");
        assertThat(compiler.compile(new DropColumn(ACCOUNT, "owner", Optional.empty(), false)))
                .containsExactly("ALTER TABLE account DROP COLUMN owner");
        assertThatThrownBy(() -> compiler.compile(DdlFixtures.alter("name", DdlFixtures.nullable(false))))
                .hasMessage("No support for ALTER COLUMN of nullable in SQLite dialect (alter_column of account.name). "
                        + BATCH_ADVICE);
        assertThatThrownBy(() -> compiler.compile(new DropColumn(ACCOUNT, "x", Optional.empty(), true)))
                .hasMessageContaining("The SQLite dialect has no DROP COLUMN IF EXISTS");
    }

    @Test
    void indexesNameTheirSchemaNotTheTableAndMayBePartial() {
        Index index = Index.on(Optional.of("ix_name"), List.of("name")).unique(true).where("name IS NOT NULL");
        assertThat(compiler.compile(new CreateIndex(QualifiedName.of("aux", "account"), index, true, false)))
                .containsExactly("CREATE UNIQUE INDEX IF NOT EXISTS aux.ix_name ON account (name) "
                        + "WHERE name IS NOT NULL");
        assertThat(compiler.compile(new DropIndex(QualifiedName.of("ix_name"), Optional.empty(), Optional.empty(),
                true, false))).containsExactly("DROP INDEX IF EXISTS ix_name");
    }

    @Test
    void sqliteHasNoIndexOptionsPointsSqliteWhereToTheConditionAndIgnoresOtherDatabasesOptions() {
        Index index = Index.on(Optional.of("ix_name"), List.of("name"));
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption("sqlite_where",
                "name IS NOT NULL")))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Index ix_name has option sqlite_where, which the SQLite dialect does not know (it has no "
                        + "index options); write a partial index's condition with Index.where(...)");
        assertThat(compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_length", "10")
                .dialectOption("postgresql_using", "gin")))).containsExactly("CREATE INDEX ix_name ON account (name)");
    }

    @Test
    void executedSqlOfSeveralStatementsIsSplitAndOneStatementKeepsItsText() {
        assertThat(compiler.compile(new Execute("INSERT INTO t VALUES (1, 'a;b'); -- one\n"
                + "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET n = n + 1; END;\n"
                + "INSERT INTO t VALUES (2, 'c')"))).containsExactly(
                "INSERT INTO t VALUES (1, 'a;b')",
                "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET n = n + 1; END",
                "INSERT INTO t VALUES (2, 'c')");
        assertThat(compiler.compile(new Execute("  UPDATE t SET n = 1; -- all of them\n")))
                .containsExactly("  UPDATE t SET n = 1; -- all of them\n");
    }

    @Test
    void literals() {
        assertThat(compiler.literal(true)).isEqualTo("1");
        assertThat(compiler.literal(LocalDate.of(2024, 1, 31))).isEqualTo("'2024-01-31'");
        assertThat(compiler.literal(LocalDateTime.of(2024, 1, 31, 8, 0))).isEqualTo("'2024-01-31 08:00:00.000000'");
        assertThat(compiler.literal(LocalDateTime.of(2024, 1, 2, 3, 4, 5, 500_000_000)))
                .as("as SQLAlchemy writes it, which reads '.5' as 5 microseconds")
                .isEqualTo("'2024-01-02 03:04:05.500000'");
        assertThat(compiler.literal(LocalTime.of(3, 4, 5, 123_456_789))).isEqualTo("'03:04:05.123456789'");
        assertThat(compiler.literal(new byte[] {0x0F})).isEqualTo("X'0F'");
        assertThat(compiler.type(new ColumnType.JsonType())).isEqualTo("JSON");
        assertThat(compiler.type(new ColumnType.UuidType())).isEqualTo("CHAR(32)");
    }

    @Test
    void sequencesAreRefusedSayingWhatToDoInstead() {
        String message = "The SQLite dialect has no sequences, so sequence order_number cannot be created or "
                + "dropped; number rows with an autoincrement column instead, or leave the sequence out of the "
                + "models for this database";
        assertThatThrownBy(() -> compiler.compile(new CreateSequence(Sequence.of(QualifiedName.of("order_number")),
                false))).isInstanceOf(UnsupportedOperationForDialectException.class).hasMessage(message);
        assertThatThrownBy(() -> compiler.compile(new DropSequence(QualifiedName.of("order_number"),
                Optional.empty(), true))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage(message);
    }

    @Test
    void numberingCannotBeAlteredInPlaceAndPointsToBatchMode() {
        assertThatThrownBy(() -> compiler.compile(DdlFixtures.alter("id", alter -> alter.autoincrement(true)
                .identity(generatedAlways())))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("No support for ALTER COLUMN of autoincrement, identity in SQLite dialect (alter_column of "
                        + "account.id). " + BATCH_ADVICE);
        assertThatThrownBy(() -> compiler.compile(DdlFixtures.alter("id", alter -> alter.dropIdentity())))
                .hasMessageStartingWith("No support for ALTER COLUMN of identity in SQLite dialect");
    }

    /** As SQLite's DROP COLUMN: not a column of a key, an index, a check or another column's expression. */
    @Test
    void aColumnSomethingElseNamesIsNotDroppedInPlace() {
        Table table = Table.of(QualifiedName.of("orders"), List.of(
                Column.of("id", INTEGER).primaryKey(),
                Column.of("status", INTEGER),
                Column.of("code", INTEGER),
                Column.of("total", INTEGER),
                Column.of("twice", INTEGER).computed("total * 2"),
                Column.of("note", INTEGER),
                new dev.retort.schema.CheckConstraint(Optional.empty(), "status IN (1, 2)"),
                Index.on(Optional.of("ix_orders_code"), List.of("code"))));

        assertThat(List.of("id", "status", "code", "total")).allSatisfy(column ->
                assertThat(compiler.dropsColumnInPlace(table, column)).as(column).isFalse());
        assertThat(compiler.dropsColumnInPlace(table, "note")).isTrue();
        assertThat(compiler.dropsColumnInPlace(table, "twice")).isTrue();
        assertThat(DdlCompilers.forDialect(Dialects.named("postgresql")).dropsColumnInPlace(table, "status")).isTrue();
    }
}
