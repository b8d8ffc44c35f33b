package dev.retort.dialect.mysql;

import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.api.Schema.generatedByDefault;
import static dev.retort.dialect.ddl.DdlFixtures.ACCOUNT;
import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static dev.retort.dialect.ddl.DdlFixtures.alter;
import static dev.retort.dialect.ddl.DdlFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlCompiler;
import dev.retort.dialect.ddl.DdlCompilers;
import dev.retort.dialect.ddl.DdlFixtures;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterSequence;
import dev.retort.op.Change;
import dev.retort.op.ColumnChange;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreatePrimaryKey;
import dev.retort.op.CreateSequence;
import dev.retort.op.CreateTable;
import dev.retort.op.CreateTableComment;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.DropSequence;
import dev.retort.op.Existing;
import dev.retort.op.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ConstraintKind;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** MySQL's and MariaDB's SQL, after Alembic's ddl/mysql.py. */
class MySqlDdlCompilerTest {
    private final DdlCompiler mysql = DdlCompilers.forDialect(Dialects.named("mysql"));
    private final DdlCompiler mariadb = DdlCompilers.forDialect(Dialects.named("mariadb"));

    @Test
    void createTableWithAutoIncrementInlineCommentsEnumAndTableComment() {
        Table table = Table.of(QualifiedName.of("order"), List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("state", new ColumnType.EnumType(Optional.empty(), List.of("new", "it's"))).comment("st"),
                Column.of("at", DdlFixtures.TIMESTAMP).serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP")),
                Column.of("code", string(8)).serverDefault(ServerDefault.sql("uuid()"))))
                .withComment(Optional.of("Orders"));
        assertThat(mysql.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE `order` (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n"
                        + "\tstate ENUM('new', 'it''s') COMMENT 'st', \n"
                        + "\tat DATETIME DEFAULT CURRENT_TIMESTAMP, \n"
                        + "\tcode VARCHAR(8) DEFAULT (uuid()), \n"
                        + "\tPRIMARY KEY (id)\n)COMMENT='Orders'");
    }

    @Test
    void mariadbStopsASequenceCyclingWithItsOwnKeywordAndMySqlRefusesSequences() {
        Sequence cycling = Sequence.of(QualifiedName.of("invoice_number")).cycle(true);
        assertThat(mariadb.compile(new AlterSequence(cycling.cycle(false), Optional.of(cycling))))
                .containsExactly("ALTER SEQUENCE invoice_number NOCYCLE");
        assertThatThrownBy(() -> mysql.compile(new AlterSequence(cycling, Optional.empty())))
                .isInstanceOf(UnsupportedOperationForDialectException.class);
    }

    @Test
    void primaryKeyNamedPrimaryIsAddedWithoutTheNameMySqlRefuses() {
        assertThat(mysql.compile(new CreatePrimaryKey(QualifiedName.of("edition"),
                new PrimaryKey(Optional.of("PRIMARY"), List.of("code", "number")))))
                .containsExactly("ALTER TABLE edition ADD PRIMARY KEY (code, number)");
        assertThat(mysql.compile(new CreatePrimaryKey(QualifiedName.of("edition"),
                new PrimaryKey(Optional.of("pk_edition"), List.of("code")))))
                .containsExactly("ALTER TABLE edition ADD CONSTRAINT pk_edition PRIMARY KEY (code)");
    }

    @Test
    void typesAndTheStringLengthError() {
        assertThat(mysql.type(new ColumnType.BooleanType())).isEqualTo("BOOL");
        assertThat(mysql.type(new ColumnType.TimestampType(true))).isEqualTo("TIMESTAMP");
        assertThat(mysql.type(new ColumnType.BinaryType(OptionalInt.of(4)))).isEqualTo("VARBINARY(4)");
        assertThat(mysql.type(new ColumnType.JsonType())).isEqualTo("JSON");
        assertThat(mysql.type(new ColumnType.UuidType())).isEqualTo("CHAR(32)");
        assertThat(mariadb.type(new ColumnType.DialectType("mysql", "tinyint", List.of("1")))).isEqualTo("TINYINT(1)");
        assertThat(mysql.type(new ColumnType.DialectType("mysql", "mediumtext", List.of()))).isEqualTo("MEDIUMTEXT");
        assertThat(mysql.type(new ColumnType.DialectType("mysql", "set", List.of("a", "b'c")))).isEqualTo("SET('a', 'b''c')");
        assertThatThrownBy(() -> mysql.type(new ColumnType.StringType(OptionalInt.empty(), Optional.empty())))
                .hasMessage("VARCHAR requires a length on dialect mysql; give the string type a length, or use text "
                        + "for unbounded text");
        assertThatThrownBy(() -> mysql.type(new ColumnType.ArrayType(INTEGER, 1))).hasMessageContaining("no array types");
    }

    @Test
    void alterColumnRestatesTheWholeColumn() {
        ColumnState existing = new ColumnState(Optional.of(string(50)), Optional.of(false),
                Existing.of(ServerDefault.literal("anon")), Existing.of("who"), Optional.empty(), Existing.unknown());
        assertThat(mysql.compile(new AlterColumn(ACCOUNT, "name", DdlFixtures.nullable(true), existing)))
                .containsExactly("ALTER TABLE account MODIFY name VARCHAR(50) NULL DEFAULT 'anon' COMMENT 'who'");
        assertThat(mysql.compile(new AlterColumn(ACCOUNT, "name", DdlFixtures.rename("full_name"), existing)))
                .containsExactly("ALTER TABLE account CHANGE name full_name VARCHAR(50) NOT NULL DEFAULT 'anon' "
                        + "COMMENT 'who'");
        assertThat(mysql.compile(new AlterColumn(ACCOUNT, "name", DdlFixtures.serverDefault(Change.drop()),
                ColumnState.UNKNOWN))).containsExactly("ALTER TABLE account ALTER COLUMN name DROP DEFAULT");
        assertThat(mysql.compile(new AlterColumn(ACCOUNT, "id", new ColumnChange(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Change.unchanged(), Change.unchanged(), Optional.of(true),
                Change.unchanged(), Optional.empty()), new ColumnState(Optional.of(INTEGER), Optional.of(false),
                Existing.absent(), Existing.absent(), Optional.of(false), Existing.unknown())))).containsExactly(
                "ALTER TABLE account MODIFY id INTEGER NOT NULL AUTO_INCREMENT");
        assertThat(mysql.compile(new AlterColumn(ACCOUNT, "name", DdlFixtures.type(INTEGER, Optional.of("name::int")),
                existing))).as("USING is PostgreSQL's, left out as Alembic leaves postgresql_using")
                .containsExactly("ALTER TABLE account MODIFY name INTEGER NOT NULL DEFAULT 'anon' COMMENT 'who'");
    }

    @Test
    void alterColumnWithoutTheExistingTypeOrNullabilityFailsNamingWhatIsMissing() {
        assertThatThrownBy(() -> mysql.compile(DdlFixtures.alter("name", DdlFixtures.nullable(false))))
                .hasMessage("All MySQL CHANGE/MODIFY COLUMN operations require the existing type and nullability, "
                        + "because they restate the whole column; alter_column of account.name needs "
                        + "existingType(...)");
        assertThatThrownBy(() -> mysql.compile(DdlFixtures.alter("name", DdlFixtures.type(string(9),
                Optional.empty())))).hasMessageEndingWith("needs existingNullable(...)");
    }

    @Test
    void constraintsAreDroppedByKind() {
        assertThat(mysql.compile(drop("fk", ConstraintKind.FOREIGN_KEY))).containsExactly(
                "ALTER TABLE account DROP FOREIGN KEY fk");
        assertThat(mysql.compile(drop("pk", ConstraintKind.PRIMARY_KEY))).containsExactly(
                "ALTER TABLE account DROP PRIMARY KEY");
        assertThat(mysql.compile(drop("uq", ConstraintKind.UNIQUE))).containsExactly("ALTER TABLE account DROP INDEX uq");
        assertThat(mysql.compile(drop("ck", ConstraintKind.CHECK))).containsExactly("ALTER TABLE account DROP CHECK ck");
        assertThat(mariadb.compile(drop("ck", ConstraintKind.CHECK))).containsExactly(
                "ALTER TABLE account DROP CONSTRAINT ck");
        assertThatThrownBy(() -> mysql.compile(new DropConstraint(ACCOUNT, "x", Optional.empty(), Optional.empty(),
                false))).hasMessageStartingWith("No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type");
    }

    @Test
    void indexesAreDroppedFromTheirTableAndOnlyMariaDbHasIfExistsThere() {
        DropIndex drop = new DropIndex(QualifiedName.of("ix_name"), Optional.of("account"), Optional.empty(), true,
                false);
        assertThat(mariadb.compile(drop)).containsExactly("DROP INDEX IF EXISTS ix_name ON account");
        assertThatThrownBy(() -> mysql.compile(drop)).hasMessage("The MySQL dialect has no DROP INDEX IF EXISTS; "
                + "remove the condition, or check for the object in the revision before changing it");
        assertThatThrownBy(() -> mysql.compile(new DropIndex(QualifiedName.of("ix_name"), Optional.empty(),
                Optional.empty(), false, false))).hasMessageContaining("(DROP INDEX ix ON t)");
    }

    @Test
    void commentsRenamesAndLiterals() {
        assertThat(mysql.compile(new CreateTableComment(ACCOUNT, "a\\b", Optional.empty())))
                .containsExactly("ALTER TABLE account COMMENT = 'a\\\\b'");
        assertThat(mysql.compile(new dev.retort.op.DropTableComment(ACCOUNT, Optional.empty())))
                .containsExactly("ALTER TABLE account COMMENT = ''");
        assertThat(mysql.compile(new RenameTable(QualifiedName.of("shop", "account"), "customer")))
                .containsExactly("ALTER TABLE shop.account RENAME TO shop.customer");
        assertThat(mysql.literal(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
                .isEqualTo("'123e4567e89b12d3a456426614174000'");
        assertThat(mysql.literal("x`'")).isEqualTo("'x`'''");
        assertThat(mysql.name("we`ird")).isEqualTo("`we``ird`");
    }

    @Test
    void mariaDbConvertsATimeWithOffsetToTheSessionTimeZoneWhereMySqlReadsTheOffset() {
        OffsetDateTime instant = OffsetDateTime.of(2024, 1, 31, 9, 5, 0, 250_000_000, ZoneOffset.ofHours(2));
        assertThat(mysql.literal(instant)).isEqualTo("'2024-01-31 09:05:00.25+02:00'");
        assertThat(mariadb.literal(instant))
                .isEqualTo("CONVERT_TZ('2024-01-31 09:05:00.25', '+02:00', @@session.time_zone)");
        assertThat(mariadb.literal(instant.withOffsetSameInstant(ZoneOffset.UTC)))
                .isEqualTo("CONVERT_TZ('2024-01-31 07:05:00.25', '+00:00', @@session.time_zone)");
    }

    @Test
    void mariaDbRefusesAnIndexOnAnExpressionWhichMySqlWritesInParentheses() {
        Index index = new Index(Optional.of("ix_lower_name"), List.of(new SqlExpression("lower(name)")), false,
                Optional.empty(), java.util.Map.of());
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, index)))
                .containsExactly("CREATE INDEX ix_lower_name ON account ((lower(name)))");
        assertThatThrownBy(() -> mariadb.compile(CreateIndex.of(ACCOUNT, index))).hasMessage("MariaDB indexes "
                + "columns only, not expressions such as lower(name); index a generated column holding the "
                + "expression instead");
    }

    @Test
    void indexOptionsWriteAFulltextOrSpatialKindPrefixLengthsAndAMethod() {
        Index text = Index.on(Optional.of("ix_body"), List.of("body")).dialectOption("mysql_prefix", "fulltext");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, text))).containsExactly(
                "CREATE FULLTEXT INDEX ix_body ON account (body)");
        Index spatial = Index.on(Optional.of("ix_place"), List.of("place")).dialectOption("mysql_prefix", "SPATIAL");
        assertThat(mariadb.compile(CreateIndex.of(ACCOUNT, spatial))).containsExactly(
                "CREATE SPATIAL INDEX ix_place ON account (place)");
        Index everyColumn = Index.on(Optional.of("ix_s_t"), List.of("s", "t")).dialectOption("mysql_length", "10");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, everyColumn))).containsExactly(
                "CREATE INDEX ix_s_t ON account (s(10), t(10))");
        Index perColumn = Index.on(Optional.of("ix_s_t_u"), List.of("s", "t", "u"))
                .dialectOption("mysql_length", "s=10, t=5");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, perColumn))).containsExactly(
                "CREATE INDEX ix_s_t_u ON account (s(10), t(5), u)");
        Index hashed = Index.on(Optional.of("ix_n"), List.of("n")).unique(true).dialectOption("mysql_using", "HASH");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, hashed))).containsExactly(
                "CREATE UNIQUE INDEX ix_n ON account (n) USING hash");
    }

    @Test
    void mariaDbReadsTheMysqlIndexOptionsUnderItsOwnPrefixTooWhichWins() {
        Index index = Index.on(Optional.of("ix_s"), List.of("s")).dialectOption("mariadb_length", "20")
                .dialectOption("mysql_length", "10").dialectOption("mysql_using", "btree");
        assertThat(mariadb.compile(CreateIndex.of(ACCOUNT, index))).containsExactly(
                "CREATE INDEX ix_s ON account (s(20)) USING btree");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, index))).containsExactly(
                "CREATE INDEX ix_s ON account (s(10)) USING btree");
    }

    @Test
    void indexesOfANewTableAreWrittenWithTheirOptions() {
        Table table = Table.of(QualifiedName.of("note"), List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("body", DdlFixtures.TEXT), Index.on(Optional.of("ix_note_body"), List.of("body"))
                        .dialectOption("mysql_prefix", "FULLTEXT").dialectOption("postgresql_using", "gin")));
        assertThat(mariadb.compile(new CreateTable(table, false))).containsExactly(
                "CREATE TABLE note (\n\tid INTEGER NOT NULL AUTO_INCREMENT, \n\tbody TEXT, \n\tPRIMARY KEY (id)\n)",
                "CREATE FULLTEXT INDEX ix_note_body ON note (body)");
    }

    @Test
    void indexOptionValuesThatAreNotWhatTheOptionTakesAreRefused() {
        Index index = Index.on(Optional.of("ix_s"), List.of("s", "t"));
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_length",
                "10) , DROP TABLE x; --")))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Index ix_s has mysql_length = '10) , DROP TABLE x; --', which is not a number of "
                        + "characters (\"10\") or numbers per column (\"name=10,code=5\"); correct the value given to "
                        + "dialectOption(\"mysql_length\", ...)");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_length", "0"))))
                .hasMessageStartingWith("Index ix_s has mysql_length = '0', which is not a number of characters");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_length",
                "s=10,x=5")))).hasMessage("Index ix_s has mysql_length = 's=10,x=5', which is not a length of a "
                + "column of the index, which has [s, t] and not 'x'; correct the value given to "
                + "dialectOption(\"mysql_length\", ...)");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_length",
                "s=10,s=5")))).hasMessageContaining("which is not one length per column, as it gives s two");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, new Index(Optional.of("ix_e"),
                List.of(new SqlExpression("lower(s)")), false, Optional.empty(), java.util.Map.of("mysql_length",
                "10"))))).hasMessage("Index ix_e has mysql_length = '10', one length for every element, which "
                + "cannot apply to the expression lower(s); give lengths per column instead (\"name=10\")");
        assertThatThrownBy(() -> mariadb.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mariadb_prefix",
                "UNIQUE")))).hasMessage("Index ix_s has mariadb_prefix = 'UNIQUE', which is not one of FULLTEXT, "
                + "SPATIAL; correct the value given to dialectOption(\"mariadb_prefix\", ...)");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.unique(true)
                .dialectOption("mysql_prefix", "FULLTEXT")))).hasMessage("Index ix_s has mysql_prefix = 'FULLTEXT', "
                + "which MySQL cannot make UNIQUE too: an index is UNIQUE, FULLTEXT or SPATIAL; leave out "
                + ".unique(true) or the option");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index.dialectOption("mysql_using",
                "rtree")))).hasMessageStartingWith("Index ix_s has mysql_using = 'rtree', which is not one of "
                + "btree, hash;");
    }

    @Test
    void anIndexOptionOfItsOwnPrefixThatTheDialectDoesNotKnowIsRefusedAndOthersAreIgnored() {
        Index index = Index.on(Optional.of("ix_s"), List.of("s")).dialectOption("mysql_with_parser", "ngram");
        assertThatThrownBy(() -> mysql.compile(CreateIndex.of(ACCOUNT, index)))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Index ix_s has option mysql_with_parser, which the MySQL dialect does not know (it knows "
                        + "mysql_length, mysql_prefix, mysql_using); leave the option out");
        assertThatThrownBy(() -> mariadb.compile(CreateIndex.of(ACCOUNT, Index.on(Optional.of("ix_s"), List.of("s"))
                .dialectOption("mariadb_foo", "1")))).hasMessage("Index ix_s has option mariadb_foo, which the "
                + "MariaDB dialect does not know (it knows mariadb_length, mariadb_prefix, mariadb_using, or the same "
                + "with mysql_); leave the option out");
        assertThat(mysql.compile(CreateIndex.of(ACCOUNT, Index.on(Optional.of("ix_s"), List.of("s"))
                .dialectOption("mariadb_foo", "1").dialectOption("postgresql_include", "x")
                .dialectOption("sqlite_where", "s > 1")))).containsExactly("CREATE INDEX ix_s ON account (s)");
    }

    @Test
    void aServerDefaultThatIsAPlainLiteralIsWrittenAsGivenAndOtherExpressionsInParentheses() {
        Table table = Table.of(QualifiedName.of("item"), List.of(
                Column.of("count", INTEGER).serverDefault(ServerDefault.sql("0")),
                Column.of("ratio", DdlFixtures.BIGINT).serverDefault(ServerDefault.sql("-1.5e3")),
                Column.of("label", string(10)).serverDefault(ServerDefault.sql("'abc'")),
                Column.of("quoted", string(10)).serverDefault(ServerDefault.sql("'it''s \\' here'")),
                Column.of("flag", new ColumnType.BooleanType()).serverDefault(ServerDefault.sql("TRUE")),
                Column.of("gone", string(10)).serverDefault(ServerDefault.sql("null")),
                Column.of("sum", INTEGER).serverDefault(ServerDefault.sql("1 + 1")),
                Column.of("pair", string(10)).serverDefault(ServerDefault.sql("'a' 'b'")),
                Column.of("held", string(36)).serverDefault(ServerDefault.sql("(uuid())")),
                Column.of("two", INTEGER).serverDefault(ServerDefault.sql("(1) + (2)")),
                Column.of("odd", string(10)).serverDefault(ServerDefault.sql("(concat('\\')', 'x'))"))));
        assertThat(mysql.compile(new CreateTable(table, false))).containsExactly("CREATE TABLE item (\n"
                + "\tcount INTEGER DEFAULT 0, \n\tratio BIGINT DEFAULT -1.5e3, \n\tlabel VARCHAR(10) DEFAULT 'abc', \n"
                + "\tquoted VARCHAR(10) DEFAULT 'it''s \\' here', \n\tflag BOOL DEFAULT TRUE, \n"
                + "\tgone VARCHAR(10) DEFAULT null, \n\tsum INTEGER DEFAULT (1 + 1), \n"
                + "\tpair VARCHAR(10) DEFAULT ('a' 'b'), \n\theld VARCHAR(36) DEFAULT (uuid()), \n"
                + "\ttwo INTEGER DEFAULT ((1) + (2)), \n\todd VARCHAR(10) DEFAULT (concat('\\')', 'x'))\n)");
    }

    @Test
    void aPlainLiteralDefaultGivenAsSqlIsSetWithoutRestatingTheColumn() {
        assertThat(mysql.compile(alter("name", DdlFixtures.serverDefault(Change.to(ServerDefault.sql("'anon'"))))))
                .containsExactly("ALTER TABLE account ALTER COLUMN name SET DEFAULT 'anon'");
        assertThat(mariadb.compile(alter("name", DdlFixtures.serverDefault(Change.to(ServerDefault.sql("0"))))))
                .containsExactly("ALTER TABLE account ALTER COLUMN name SET DEFAULT 0");
    }

    /**
     * An expression default is set in place, which keeps the column's comment; on MySQL a date and time column's
     * is restated, as Alembic does, and a default with ON UPDATE always is.
     */
    @Test
    void anExpressionDefaultIsSetInPlaceUnlessOnlyTheColumnsSpecificationCanHoldIt() {
        AlterColumn uuid = new AlterColumn(ACCOUNT, "name", DdlFixtures.serverDefault(Change.to(
                ServerDefault.sql("uuid()"))), new ColumnState(Optional.of(string(50)), Optional.of(true),
                Existing.absent(), Existing.absent(), Optional.empty(), Existing.unknown()));
        AlterColumn now = alter("name", DdlFixtures.serverDefault(Change.to(ServerDefault.sql("CURRENT_TIMESTAMP"))));
        AlterColumn nowOfTimestamp = new AlterColumn(ACCOUNT, "name", now.change(), new ColumnState(
                Optional.of(new ColumnType.TimestampType(false)), Optional.of(false), Existing.absent(),
                Existing.absent(), Optional.empty(), Existing.unknown()));
        AlterColumn onUpdate = alter("name", DdlFixtures.serverDefault(Change.to(
                ServerDefault.sql("CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP"))));

        for (DdlCompiler compiler : List.of(mysql, mariadb)) {
            assertThat(compiler.compile(uuid)).containsExactly("ALTER TABLE account ALTER COLUMN name SET DEFAULT"
                    + " (uuid())");
            assertThat(compiler.compile(now)).containsExactly("ALTER TABLE account ALTER COLUMN name SET DEFAULT"
                    + " CURRENT_TIMESTAMP");
            assertThatThrownBy(() -> compiler.compile(onUpdate)).hasMessageContaining("needs existingType(...)");
        }
        assertThat(mariadb.compile(nowOfTimestamp)).containsExactly("ALTER TABLE account ALTER COLUMN name SET"
                + " DEFAULT CURRENT_TIMESTAMP");
        assertThat(mysql.compile(nowOfTimestamp)).containsExactly("ALTER TABLE account MODIFY name DATETIME NOT"
                + " NULL DEFAULT CURRENT_TIMESTAMP");
    }

    @Test
    void aColumnWithANamedReferenceIsDroppedAfterItsForeignKeyAndAnUnnamedOneIsRefused() {
        Column named = Column.of("account_id", INTEGER).references(dev.retort.schema.ForeignKey.of(
                Optional.of("fk_orders_account"), List.of("account_id"), ACCOUNT, List.of("id")));
        assertThat(mysql.compile(new DropColumn(DdlFixtures.ORDERS, "account_id", Optional.of(named), false)))
                .containsExactly("ALTER TABLE orders DROP FOREIGN KEY fk_orders_account",
                        "ALTER TABLE orders DROP COLUMN account_id");
        Column unnamed = Column.of("account_id", INTEGER).references("account.id");
        assertThatThrownBy(() -> mariadb.compile(new DropColumn(DdlFixtures.ORDERS, "account_id",
                Optional.of(unnamed), false))).hasMessage("MariaDB cannot drop column orders.account_id while its "
                + "foreign key stands, and drops a key only by name, which this one was not given. Drop the key "
                + "first with dropConstraint(name, table, FOREIGN_KEY) (SHOW CREATE TABLE gives the name MySQL "
                + "chose), or name the reference when adding the column");
        assertThat(mysql.compile(new DropColumn(DdlFixtures.ORDERS, "note", Optional.empty(), false)))
                .containsExactly("ALTER TABLE orders DROP COLUMN note");
    }

    private static DropConstraint drop(String name, ConstraintKind kind) {
        return new DropConstraint(ACCOUNT, name, Optional.of(kind), Optional.empty(), false);
    }

    @Test
    void mariaDbCreatesAndDropsSequencesWithBackquotedNames() {
        Sequence sequence = Sequence.of(QualifiedName.of("shop", "order")).start(100).increment(5).maxValue(999);
        assertThat(mariadb.compile(new CreateSequence(sequence, true))).containsExactly(
                "CREATE SEQUENCE IF NOT EXISTS shop.`order` INCREMENT BY 5 MAXVALUE 999 START WITH 100");
        assertThat(mariadb.compile(new DropSequence(QualifiedName.of("shop", "order"), Optional.of(sequence), true)))
                .containsExactly("DROP SEQUENCE IF EXISTS shop.`order`");
    }

    @Test
    void mySqlRefusesSequencesSayingWhatToDoInstead() {
        String message = "The MySQL dialect has no sequences, so sequence order_number cannot be created or dropped; "
                + "number rows with an autoincrement column instead, or leave the sequence out of the models for "
                + "this database";
        assertThatThrownBy(() -> mysql.compile(new CreateSequence(Sequence.of(QualifiedName.of("order_number")),
                true))).isInstanceOf(UnsupportedOperationForDialectException.class).hasMessage(message)
                .extracting("feature").isEqualTo("sequences");
        assertThatThrownBy(() -> mysql.compile(new DropSequence(QualifiedName.of("order_number"), Optional.empty(),
                false))).hasMessage(message);
    }

    @Test
    void anIdentityIsAutoIncrementRestatedWithTheWholeColumn() {
        assertThat(mysql.compile(DdlFixtures.alter("id", alter -> alter.identity(generatedAlways().start(100))
                .existingType(INTEGER).existingNullable(false).existingIdentityAbsent().existingComment("key"))))
                .containsExactly("ALTER TABLE account MODIFY id INTEGER NOT NULL AUTO_INCREMENT COMMENT 'key'");
        assertThat(mysql.compile(DdlFixtures.alter("id", alter -> alter.dropIdentity().existingType(INTEGER)
                .existingNullable(false).existingIdentity(generatedByDefault())))).containsExactly(
                "ALTER TABLE account MODIFY id INTEGER NOT NULL");
        assertThat(mysql.compile(DdlFixtures.alter("id", alter -> alter.autoincrement(false).existingType(INTEGER)
                .existingNullable(false).existingAutoincrement(true)))).containsExactly(
                "ALTER TABLE account MODIFY id INTEGER NOT NULL");
    }

    @Test
    void aNumberedColumnKeepsAutoIncrementWhenAnotherAttributeChanges() {
        assertThat(mysql.compile(DdlFixtures.alter("id", alter -> alter.type(DdlFixtures.BIGINT).existingType(INTEGER)
                .existingNullable(false).existingAutoincrement(true)))).containsExactly(
                "ALTER TABLE account MODIFY id BIGINT NOT NULL AUTO_INCREMENT");
        assertThat(mysql.compile(DdlFixtures.alter("id", alter -> alter.comment("key").existingType(INTEGER)
                .existingNullable(false).existingIdentity(generatedByDefault())))).containsExactly(
                "ALTER TABLE account MODIFY id INTEGER NOT NULL AUTO_INCREMENT COMMENT 'key'");
    }
}
