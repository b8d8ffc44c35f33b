package dev.retort.dialect.postgres;

import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.api.Schema.generatedByDefault;
import static dev.retort.api.Schema.qualified;
import static dev.retort.dialect.ddl.DdlFixtures.ACCOUNT;
import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static dev.retort.dialect.ddl.DdlFixtures.alter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.ddl.DdlFixtures;
import dev.retort.dialect.ddl.NamedEnumTypes;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.RecordingOperations;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.Change;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.DropTable;
import dev.retort.op.DropTableComment;
import dev.retort.op.Execute;
import dev.retort.op.Operation;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** PostgreSQL's SQL, checked as Alembic's tests/test_postgresql.py checks it. */
class PostgresDdlCompilerTest {
    /** Turning numbering off drops the sequence the column owns, whatever its name now. */
    private static final String DROP_OWNED_SEQUENCE = "DO $retort$ DECLARE owned text := pg_get_serial_sequence("
            + "'account', 'id'); BEGIN IF owned IS NOT NULL THEN EXECUTE 'DROP SEQUENCE ' || owned; END IF;"
            + " END $retort$";

    private final DdlCompiler compiler = DdlCompilers.forDialect(Dialects.named("postgresql"));

    @Test
    void refusesACopyToTheClientAndKeepsOtherCopiesAsWritten() {
        UnsupportedOperationForDialectException refusal = catchThrowableOfType(
                () -> compiler.compile(new Execute("COPY (SELECT * FROM account) TO STDOUT WITH (FORMAT csv)")),
                UnsupportedOperationForDialectException.class);

        assertThat(refusal.getMessage()).startsWith("COPY ... TO STDOUT sends the rows to the client");
        assertThat(compiler.compile(new Execute("COPY account TO '/tmp/account.csv'")))
                .containsExactly("COPY account TO '/tmp/account.csv'");
        assertThat(compiler.compile(new Execute("SELECT 'stdout'"))).containsExactly("SELECT 'stdout'");
    }

    @Test
    void createTableMatchesAlembicsOfflineOutput() {
        assertThat(compiler.compile(new CreateTable(DdlFixtures.account(), false))).containsExactly(
                "CREATE TABLE account (\n\tid SERIAL NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id)\n)");
    }

    /**
     * Inside CREATE TABLE PostgreSQL keeps one constraint of several on the same columns in the same order, the key
     * first: the others come after the table, which PostgreSQL keeps.
     */
    @Test
    void aUniqueConstraintOnTheColumnsOfTheKeyOrOfAnEarlierOneIsAddedAfterTheTable() {
        Table table = Table.of(QualifiedName.of("country"), List.of(Column.of("code", DdlFixtures.string(2))
                        .primaryKey().unique(), Column.of("a", INTEGER), Column.of("b", INTEGER),
                new UniqueConstraint(Optional.of("uq_ab"), List.of("a", "b")),
                new UniqueConstraint(Optional.of("uq_ba"), List.of("b", "a")),
                new UniqueConstraint(Optional.of("uq_ab_again"), List.of("a", "b"))));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE country (\n\tcode VARCHAR(2) NOT NULL, \n\ta INTEGER, \n\tb INTEGER, \n"
                        + "\tPRIMARY KEY (code), \n\tCONSTRAINT uq_ab UNIQUE (a, b), \n"
                        + "\tCONSTRAINT uq_ba UNIQUE (b, a)\n)",
                "ALTER TABLE country ADD CONSTRAINT uq_ab_again UNIQUE (a, b)",
                "ALTER TABLE country ADD UNIQUE (code)");
        assertThat(compiler.compile(new CreateTable(table, true)).get(0)).as("the table may have them already")
                .contains("\tCONSTRAINT uq_ab_again UNIQUE (a, b), ").endsWith("\tUNIQUE (code)\n)");
    }

    @Test
    void bigSerialIdentityAndCommentsAsSeparateStatements() {
        Table table = Table.of(QualifiedName.of("big"), List.of(Column.of("id", DdlFixtures.BIGINT).primaryKey()));
        assertThat(compiler.compile(new CreateTable(table, false)).get(0)).contains("\tid BIGSERIAL NOT NULL, ");
        Table identity = Table.of(QualifiedName.of("ident"), List.of(
                Column.of("id", INTEGER).primaryKey().identity(new Identity(false, OptionalLong.of(10),
                        OptionalLong.of(5))), Column.of("note", DdlFixtures.TEXT).comment("free text")))
                .withComment(Optional.of("Idents"));
        assertThat(compiler.compile(new CreateTable(identity, false))).containsExactly(
                "CREATE TABLE ident (\n\tid INTEGER GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5), "
                        + "\n\tnote TEXT, \n\tPRIMARY KEY (id)\n)",
                "COMMENT ON TABLE ident IS 'Idents'",
                "COMMENT ON COLUMN ident.note IS 'free text'");
        assertThat(compiler.compile(new CreateTableComment(ACCOUNT, "it's", Optional.empty())))
                .containsExactly("COMMENT ON TABLE account IS 'it''s'");
        CreateTableComment empty = new CreateTableComment(ACCOUNT, "", Optional.of("it's"));
        assertThat(compiler.compile(empty)).as("as Alembic writes it")
                .containsExactly("COMMENT ON TABLE account IS ''");
        assertThat(compiler.compile(empty.reverse().orElseThrow())).containsExactly(
                "COMMENT ON TABLE account IS 'it''s'");
        Table nullableIdentity = Table.of(QualifiedName.of("numbered"), List.of(Column.of("n", DdlFixtures.BIGINT)
                .identity(new Identity(true, OptionalLong.empty(), OptionalLong.empty()))));
        assertThat(compiler.compile(new CreateTable(nullableIdentity, false))).as("PostgreSQL refuses NULL there")
                .containsExactly("CREATE TABLE numbered (\n\tn BIGINT GENERATED ALWAYS AS IDENTITY\n)");
        assertThat(compiler.compile(new DropTableComment(ACCOUNT, Optional.empty())))
                .containsExactly("COMMENT ON TABLE account IS NULL");
    }

    @Test
    void enumIsANamedTypeCreatedBeforeAndDroppedAfterItsTable() {
        ColumnType mood = new ColumnType.EnumType(Optional.of("mood"), List.of("happy", "it's"));
        Table table = Table.of(QualifiedName.of("person"), List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("mood", mood)));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TYPE mood AS ENUM ('happy', 'it''s')",
                "CREATE TABLE person (\n\tid SERIAL NOT NULL, \n\tmood mood, \n\tPRIMARY KEY (id)\n)");
        assertThat(compiler.compile(new DropTable(table.name(), Optional.of(table), false)))
                .containsExactly("DROP TABLE person", "DROP TYPE mood");
        assertThat(compiler.compile(AddColumn.of(ACCOUNT, Column.of("mood", mood)))).containsExactly(
                "CREATE TYPE mood AS ENUM ('happy', 'it''s')", "ALTER TABLE account ADD COLUMN mood mood");
        assertThat(compiler.compile(new DropColumn(ACCOUNT, "mood", Optional.of(Column.of("mood", mood)), false)))
                .containsExactly("ALTER TABLE account DROP COLUMN mood", "DROP TYPE mood");
        assertThat(compiler.compile(new DropColumn(ACCOUNT, "mood", Optional.empty(), false)))
                .containsExactly("ALTER TABLE account DROP COLUMN mood");
        assertThatThrownBy(() -> compiler.type(new ColumnType.EnumType(Optional.empty(), List.of("a"))))
                .hasMessage("PostgreSQL enums are named types (CREATE TYPE name AS ENUM); give the enum of values "
                        + "[a] a name");
    }

    private static final ColumnType STATUS = new ColumnType.EnumType(Optional.of("status"), List.of("a", "b"));

    private static Table statusTable(String name, String... columns) {
        List<Column> all = new ArrayList<>(List.of(Column.of("id", INTEGER).primaryKey()));
        for (String column : columns) {
            all.add(Column.of(column, STATUS));
        }
        return Table.of(QualifiedName.of(name), all);
    }

    private static DropTable drop(Table table) {
        return new DropTable(table.name(), Optional.of(table), false);
    }

    private static DropColumn dropStatus(String table, String column) {
        return new DropColumn(QualifiedName.of(table), column, Optional.of(Column.of(column, STATUS)), false);
    }

    @Test
    void anEnumTypeSharedByTwoTablesAndAnAddedColumnIsCreatedOnceAndDroppedAfterItsLastUser() {
        Table e1 = statusTable("e1", "st");
        Table e2 = statusTable("e2", "st");
        assertThat(compiler.compile(new CreateTable(e1, false))).containsExactly(
                "CREATE TYPE status AS ENUM ('a', 'b')",
                "CREATE TABLE e1 (\n\tid SERIAL NOT NULL, \n\tst status, \n\tPRIMARY KEY (id)\n)");
        assertThat(compiler.compile(new CreateTable(e2, false))).containsExactly(
                "CREATE TABLE e2 (\n\tid SERIAL NOT NULL, \n\tst status, \n\tPRIMARY KEY (id)\n)");
        assertThat(compiler.compile(AddColumn.of(e2.name(), Column.of("st2", STATUS))))
                .containsExactly("ALTER TABLE e2 ADD COLUMN st2 status");

        assertThat(compiler.compile(dropStatus("e2", "st2"))).containsExactly("ALTER TABLE e2 DROP COLUMN st2");
        assertThat(compiler.compile(drop(e2))).containsExactly("DROP TABLE e2");
        assertThat(compiler.compile(drop(e1))).containsExactly("DROP TABLE e1", "DROP TYPE status");
        assertThat(compiler.compile(new CreateTable(e2, false))).startsWith("CREATE TYPE status AS ENUM ('a', 'b')");
    }

    @Test
    void aCompilerToldOfTheDropsToComeDropsATypeItDidNotCreateAfterTheLastOfThem() {
        Table e1 = statusTable("e1", "st");
        Table e2 = statusTable("e2", "st");
        List<Operation> downgrade = List.of(dropStatus("e2", "st2"), drop(e2), drop(e1));
        compiler.enumTypes().expectDrops(downgrade);

        assertThat(downgrade.stream().map(compiler::compile).toList()).containsExactly(
                List.of("ALTER TABLE e2 DROP COLUMN st2"),
                List.of("DROP TABLE e2"),
                List.of("DROP TABLE e1", "DROP TYPE status"));
    }

    @Test
    void renamedTablesAndColumnsKeepTheirEnumTypeAndAColumnOfAnotherTypeNoLongerUsesIt() {
        Table e1 = statusTable("e1", "st");
        Table e2 = statusTable("e2", "st");
        compiler.compile(new CreateTable(e1, false));
        compiler.compile(new CreateTable(e2, false));
        compiler.compile(new RenameTable(e1.name(), "e3"));
        compiler.compile(new AlterColumn(QualifiedName.of("e3"), "st", DdlFixtures.rename("state"),
                ColumnState.UNKNOWN));

        assertThat(compiler.compile(drop(e2))).containsExactly("DROP TABLE e2");
        assertThat(compiler.compile(dropStatus("e3", "state")))
                .containsExactly("ALTER TABLE e3 DROP COLUMN state", "DROP TYPE status");

        compiler.compile(new CreateTable(e1, false));
        compiler.compile(new CreateTable(e2, false));
        compiler.compile(new AlterColumn(e1.name(), "st", DdlFixtures.type(DdlFixtures.TEXT, Optional.empty()),
                ColumnState.UNKNOWN));
        assertThat(compiler.compile(drop(e2))).containsExactly("DROP TABLE e2", "DROP TYPE status");
    }

    @Test
    void aTypeTheDatabaseHasIsNotCreatedAgainAndStaysWhileAnArrayColumnOfItIsLeft() {
        NamedEnumTypes live = new NamedEnumTypes(Optional.of("public"));
        live.uses("status", QualifiedName.of("e1"), "history");
        live.exists("unused");
        compiler.enumTypes().replaceWith(live);
        Table e2 = statusTable("e2", "st");

        assertThat(compiler.compile(new CreateTable(e2, false))).containsExactly(
                "CREATE TABLE e2 (\n\tid SERIAL NOT NULL, \n\tst status, \n\tPRIMARY KEY (id)\n)");
        assertThat(compiler.compile(drop(e2))).containsExactly("DROP TABLE e2");
        Column history = Column.of("history", new ColumnType.ArrayType(STATUS, 1));
        assertThat(compiler.compile(new DropColumn(QualifiedName.of("public", "e1"), "history", Optional.of(history),
                true))).containsExactly("ALTER TABLE public.e1 DROP COLUMN IF EXISTS history",
                        "DROP TYPE IF EXISTS status");
        assertThat(compiler.compile(AddColumn.of(QualifiedName.of("e1"), Column.of("u", new ColumnType.EnumType(
                Optional.of("unused"), List.of("x")))))).containsExactly("ALTER TABLE e1 ADD COLUMN u unused");
    }

    @Test
    void typesAsSqlAlchemyWritesThem() {
        assertThat(compiler.type(new ColumnType.TimestampType(false))).isEqualTo("TIMESTAMP WITHOUT TIME ZONE");
        assertThat(compiler.type(new ColumnType.TimestampType(true))).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(compiler.type(new ColumnType.BinaryType(OptionalInt.empty()))).isEqualTo("BYTEA");
        assertThat(compiler.type(new ColumnType.UuidType())).isEqualTo("UUID");
        assertThat(compiler.type(new ColumnType.JsonType())).isEqualTo("JSON");
        assertThat(compiler.type(new ColumnType.DoubleType())).isEqualTo("DOUBLE PRECISION");
        assertThat(compiler.type(new ColumnType.ArrayType(INTEGER, 2))).isEqualTo("INTEGER[][]");
        assertThat(compiler.type(new ColumnType.DialectType("postgresql", "jsonb", List.of()))).isEqualTo("JSONB");
        assertThat(compiler.type(new ColumnType.DialectType("postgresql", "inet", List.of()))).isEqualTo("INET");
        assertThatThrownBy(() -> compiler.type(new ColumnType.DialectType("mysql", "tinyint", List.of("1"))))
                .hasMessage("Type mysql.tinyint(1) is a mysql type; the postgresql dialect cannot create it. Use a "
                        + "generic type, or a raw type written for postgresql");
    }

    @Test
    void alterColumnTypeWithUsingAndTheOtherChanges() {
        assertThat(compiler.compile(alter("name", DdlFixtures.type(INTEGER, Optional.of("name::integer")))))
                .containsExactly("ALTER TABLE account ALTER COLUMN name TYPE INTEGER USING name::integer");
        // As Alembic on PostgreSQL: the conversion first, so that one that fills NULLs comes before NOT NULL.
        assertThat(compiler.compile(alter("name", alter -> alter.type(dev.retort.api.Schema.INTEGER,
                "coalesce(name::integer, 0)").nullable(false)
                .serverDefault(dev.retort.schema.ServerDefault.literal("0"))))).containsExactly(
                "ALTER TABLE account ALTER COLUMN name TYPE INTEGER USING coalesce(name::integer, 0)",
                "ALTER TABLE account ALTER COLUMN name SET NOT NULL",
                "ALTER TABLE account ALTER COLUMN name SET DEFAULT '0'");
        assertThat(compiler.compile(alter("name", DdlFixtures.nullable(false))))
                .containsExactly("ALTER TABLE account ALTER COLUMN name SET NOT NULL");
        assertThat(compiler.compile(alter("name", DdlFixtures.serverDefault(Change.to(
                dev.retort.schema.ServerDefault.sql("now()")))))).containsExactly(
                "ALTER TABLE account ALTER COLUMN name SET DEFAULT now()");
        assertThat(compiler.compile(alter("name", DdlFixtures.rename("user"))))
                .containsExactly("ALTER TABLE account RENAME COLUMN name TO \"user\"");
        assertThat(compiler.compile(alter("name", DdlFixtures.comment(Change.to("x")))))
                .containsExactly("COMMENT ON COLUMN account.name IS 'x'");
    }

    @Test
    void indexesConcurrentlyPartialWithMethod() {
        Index index = Index.on(Optional.of("ix_data"), List.of("name")).where("name IS NOT NULL")
                .dialectOption("postgresql_using", "gin");
        assertThat(compiler.compile(new CreateIndex(QualifiedName.of("app", "account"), index, true, true)))
                .containsExactly("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_data ON app.account USING gin (name) "
                        + "WHERE name IS NOT NULL");
        assertThat(compiler.compile(new DropIndex(QualifiedName.of("app", "ix_data"), Optional.empty(),
                Optional.empty(), true, true))).containsExactly("DROP INDEX CONCURRENTLY IF EXISTS app.ix_data");
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, Index.on(Optional.of("ix"), List.of("id"))
                .dialectOption("postgresql_using", "gin; DROP")))).hasMessage("Index ix has postgresql_using = "
                + "'gin; DROP', which is not the name of an index method such as btree, hash, gin, gist or brin; "
                + "correct the value given to dialectOption(\"postgresql_using\", ...)");
    }

    @Test
    void includedColumnsFollowTheKeyColumnsBeforeThePartialCondition() {
        Index index = Index.on(Optional.of("ix_account_name"), List.of("name")).where("id > 1")
                .dialectOption("postgresql_include", "id, Total Due").dialectOption("postgresql_using", "btree");
        assertThat(compiler.compile(CreateIndex.of(ACCOUNT, index))).containsExactly(
                "CREATE INDEX ix_account_name ON account USING btree (name) INCLUDE (id, \"Total Due\") WHERE id > 1");
        Table table = Table.of(QualifiedName.of("note"), List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("body", DdlFixtures.TEXT), Index.on(Optional.of("ix_note_id"), List.of("id"))
                        .dialectOption("postgresql_include", "body").dialectOption("mysql_length", "10")));
        assertThat(compiler.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE note (\n\tid SERIAL NOT NULL, \n\tbody TEXT, \n\tPRIMARY KEY (id)\n)",
                "CREATE INDEX ix_note_id ON note (id) INCLUDE (body)");
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption("postgresql_include",
                "id,,name")))).hasMessage("Index ix_account_name has postgresql_include = 'id,,name', which is not "
                + "a list of column names separated by commas, such as \"a, b\"; correct the value given to "
                + "dialectOption(\"postgresql_include\", ...)");
    }

    @Test
    void anIndexOptionOfPostgresqlThatItDoesNotKnowIsRefusedNamingThoseItKnows() {
        Index index = Index.on(Optional.of("ix"), List.of("name"));
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption("postgresql_ops",
                "name=text_pattern_ops")))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Index ix has option postgresql_ops, which the PostgreSQL dialect does not know (it knows "
                        + "postgresql_include, postgresql_using); leave the option out");
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption("postgresql_where",
                "id > 1")))).hasMessageEndingWith("; write a partial index's condition with Index.where(...)");
        assertThatThrownBy(() -> compiler.compile(CreateIndex.of(ACCOUNT, index.dialectOption(
                "postgresql_concurrently", "true")))).hasMessageEndingWith("; create the index with "
                + "createIndex(table, index, build -> build.concurrently())");
    }

    @Test
    void literals() {
        assertThat(compiler.literal(true)).isEqualTo("true");
        assertThat(compiler.literal(new byte[] {1, (byte) 0xAB})).isEqualTo("'\\x01AB'::bytea");
        assertThat(compiler.literal(java.time.LocalDate.of(2024, 2, 29))).isEqualTo("DATE '2024-02-29'");
        assertThat(compiler.compile(new dev.retort.op.BulkInsert(ACCOUNT, Map.of(), List.of(Map.of("ok", false)),
                true))).containsExactly("INSERT INTO account (ok) VALUES (false)");
    }

    @Test
    void sequencesAreCreatedAndDroppedWithTheirOptionsAndConditions() {
        Sequence sequence = Sequence.of(QualifiedName.of("billing", "invoice_number")).start(1000).increment(10)
                .maxValue(Long.MAX_VALUE);
        assertThat(compiler.compile(new CreateSequence(sequence, true))).containsExactly("CREATE SEQUENCE IF NOT "
                + "EXISTS billing.invoice_number INCREMENT BY 10 MAXVALUE 9223372036854775807 START WITH 1000");
        assertThat(compiler.compile(new DropSequence(QualifiedName.of("user"), Optional.of(Sequence.of(
                QualifiedName.of("user"))), true))).containsExactly("DROP SEQUENCE IF EXISTS \"user\"");
    }

    @Test
    void identityIsAddedChangedAndDroppedAndANewOneNumbersOnFromTheRowsTheColumnHolds() {
        assertThat(compiler.compile(alter("id", alter -> alter.identity(generatedAlways().start(100).increment(5))
                .existingIdentityAbsent()))).containsExactly(
                "ALTER TABLE account ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5)",
                "SELECT setval(pg_get_serial_sequence('account', 'id'), MAX(id)) FROM account HAVING MAX(id) >= 100");
        assertThat(compiler.compile(alter("id", alter -> alter.identity(generatedByDefault().increment(-1)))))
                .containsExactly("ALTER TABLE account ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY "
                        + "(INCREMENT BY -1)");
        assertThat(compiler.compile(alter("id", alter -> alter.identity(generatedByDefault().start(100))
                .existingIdentity(generatedAlways().increment(5))))).containsExactly(
                "ALTER TABLE account ALTER COLUMN id SET GENERATED BY DEFAULT SET START WITH 100 SET INCREMENT BY 1");
        assertThat(compiler.compile(alter("id", alter -> alter.identity(generatedAlways())
                .existingIdentity(generatedAlways())))).isEmpty();
        assertThat(compiler.compile(alter("id", alter -> alter.dropIdentity().existingIdentity(generatedAlways()))))
                .containsExactly("ALTER TABLE account ALTER COLUMN id DROP IDENTITY");
    }

    /** {@code a$retort$b} is a name PostgreSQL takes bare; the block's dollar quote must not end inside it. */
    @Test
    void theBlockDroppingTheSequenceIsQuotedWithATagItsNamesDoNotHold() {
        RecordingOperations operations = new RecordingOperations();
        operations.alterColumn("t$retort$x", "a$retort1$b", alter -> alter.autoincrement(false).existingAutoincrement(true));

        assertThat(compiler.compile(operations.operations().get(0))).last().asString()
                .startsWith("DO $retort2$ DECLARE owned text := pg_get_serial_sequence('t$retort$x', 'a$retort1$b');")
                .endsWith(" END $retort2$");
    }

    @Test
    void autoincrementIsTurnedOnAndOffAsSerialMakesIt() {
        assertThat(compiler.compile(alter("id", alter -> alter.autoincrement(true).existingAutoincrement(false))))
                .containsExactly(
                        "CREATE SEQUENCE account_id_seq OWNED BY account.id",
                        "ALTER TABLE account ALTER COLUMN id SET DEFAULT nextval('account_id_seq'::regclass)",
                        "SELECT setval(pg_get_serial_sequence('account', 'id'), MAX(id)) FROM account "
                                + "HAVING MAX(id) >= 1");
        assertThat(compiler.compile(alter("id", alter -> alter.autoincrement(false).existingAutoincrement(true))))
                .containsExactly("ALTER TABLE account ALTER COLUMN id DROP DEFAULT", DROP_OWNED_SEQUENCE);
    }

    @Test
    void theSerialSequenceOfLongNamesIsShortenedAsPostgresShortensIt() {
        String table = "ticket_of_the_customer_service_desk_2026";
        String column = "identifier_of_the_ticket_number";
        AlterColumn on = alter("id", alter -> alter.autoincrement(true));
        assertThat(compiler.compile(new AlterColumn(QualifiedName.of(table), column, on.change(), on.existing()))
                .get(0)).isEqualTo("CREATE SEQUENCE ticket_of_the_customer_servic_identifier_of_the_ticket_numb_seq"
                        + " OWNED BY " + table + "." + column);
        AlterColumn accented = new AlterColumn(QualifiedName.of("é".repeat(31)), "id", on.change(), on.existing());
        assertThat(compiler.compile(accented).get(0)).startsWith("CREATE SEQUENCE \"" + "é".repeat(28) + "_id_seq\"");
    }

    @Test
    void numberingGoesBeforeNullabilityWhenTakenAwayAndAfterItWhenGiven() {
        assertThat(compiler.compile(alter("id", alter -> alter.nullable(false).identity(generatedAlways())
                .existingIdentityAbsent()))).containsExactly(
                "ALTER TABLE account ALTER COLUMN id SET NOT NULL",
                "ALTER TABLE account ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('account', 'id'), MAX(id)) FROM account HAVING MAX(id) >= 1");
        assertThat(compiler.compile(alter("id", alter -> alter.dropIdentity().nullable(true)
                .existingIdentity(generatedAlways())))).containsExactly(
                "ALTER TABLE account ALTER COLUMN id DROP IDENTITY",
                "ALTER TABLE account ALTER COLUMN id DROP NOT NULL");
        assertThat(compiler.compile(alter("id", alter -> alter.autoincrement(false).identity(generatedAlways())
                .existingAutoincrement(true).existingIdentityAbsent()))).containsExactly(
                "ALTER TABLE account ALTER COLUMN id DROP DEFAULT",
                DROP_OWNED_SEQUENCE,
                "ALTER TABLE account ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY",
                "SELECT setval(pg_get_serial_sequence('account', 'id'), MAX(id)) FROM account HAVING MAX(id) >= 1");
    }

    @Test
    void serialSequenceOfAQuotedTableInASchemaIsNamedAndQuotedAsPostgresNamesIt() {
        AlterColumn numbered = alter("id", alter -> alter.autoincrement(true));
        assertThat(compiler.compile(new AlterColumn(qualified("billing", "Order"), "id", numbered.change(),
                numbered.existing()))).containsExactly(
                "CREATE SEQUENCE billing.\"Order_id_seq\" OWNED BY billing.\"Order\".id",
                "ALTER TABLE billing.\"Order\" ALTER COLUMN id SET DEFAULT "
                        + "nextval('billing.\"Order_id_seq\"'::regclass)",
                "SELECT setval(pg_get_serial_sequence('billing.\"Order\"', 'id'), MAX(id)) FROM billing.\"Order\" "
                        + "HAVING MAX(id) >= 1");
    }
}
