package dev.retort.dialect.sqlite;

import static dev.retort.api.Schema.generatedAlways;
import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static dev.retort.dialect.ddl.DdlFixtures.TEXT;
import static dev.retort.dialect.ddl.DdlFixtures.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.ddl.DdlFixtures;
import dev.retort.dialect.ddl.UnsupportedOperationForDialectException;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.ColumnState;
import dev.retort.op.CreateCheckConstraint;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateUniqueConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropConstraint;
import dev.retort.op.DropIndex;
import dev.retort.op.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnPosition;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexColumn;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ServerDefault;
import dev.retort.schema.SqlExpression;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SQLite's batch mode, against Alembic's observed move-and-copy statements. */
class SqliteBatchPlannerTest {
    private static final QualifiedName ADDRESS = QualifiedName.of("address");
    private final SqliteDdlCompiler compiler = new SqliteDdlCompiler(Dialects.named("sqlite"));
    private final SqliteBatchPlanner planner = new SqliteBatchPlanner(compiler);

    /** Alembic's example: address (id, zip, email) with a named check, an unnamed check and unique, an index. */
    private static Table address() {
        return Table.of(ADDRESS, List.of(
                Column.of("id", INTEGER).primaryKey(),
                Column.of("zip", string(10)).serverDefault(ServerDefault.literal("00000")),
                Column.of("email", TEXT).notNull(),
                Column.of("legacy", INTEGER),
                new CheckConstraint(Optional.of("ck_email"), "length(email) > 3"),
                new CheckConstraint(Optional.empty(), "zip <> ''"),
                new UniqueConstraint(Optional.empty(), List.of("email")),
                ForeignKey.of(Optional.of("fk_parent"), List.of("legacy"), ADDRESS, List.of("id")),
                Index.on(Optional.of("ix_address_zip"), List.of("zip"))));
    }

    private static BatchAlterTable batch(BatchAlterTable.Recreate recreate, Operation... operations) {
        return new BatchAlterTable(ADDRESS, recreate, Optional.empty(), List.of(), List.of(operations));
    }

    @Test
    void droppingAColumnMovesAndCopiesKeepingEverythingElse() {
        BatchAlterTable batch = new BatchAlterTable(ADDRESS, BatchAlterTable.Recreate.AUTO, Optional.empty(), List.of(),
                List.of(new DropConstraint(ADDRESS, "fk_parent", Optional.empty(), Optional.empty(), false),
                        new DropColumn(ADDRESS, "legacy", Optional.empty(), false)));
        assertThat(planner.plan(batch, address())).containsExactly(
                "CREATE TABLE _retort_tmp_address (\n\tid INTEGER NOT NULL, \n\tzip VARCHAR(10) DEFAULT '00000', \n"
                        + "\temail TEXT NOT NULL, \n\tPRIMARY KEY (id), \n"
                        + "\tCONSTRAINT ck_email CHECK (length(email) > 3), \n\tCHECK (zip <> ''), \n"
                        + "\tUNIQUE (email)\n)",
                "INSERT INTO _retort_tmp_address (id, zip, email) SELECT address.id, address.zip, address.email "
                        + "FROM address",
                "PRAGMA legacy_alter_table = ON",
                "DROP TABLE address",
                "ALTER TABLE _retort_tmp_address RENAME TO address",
                "PRAGMA legacy_alter_table = OFF",
                "CREATE INDEX ix_address_zip ON address (zip)");
    }

    @Test
    void anAutoincrementKeyKeepsItsSequenceThroughTheRebuild() {
        Table ticket = Table.of(QualifiedName.of("ticket"), List.of(Column.of("id", INTEGER).primaryKey()
                .autoincrement(true), Column.of("title", TEXT).notNull()));
        BatchAlterTable batch = new BatchAlterTable(ticket.name(), BatchAlterTable.Recreate.ALWAYS, Optional.empty(),
                List.of(), List.of());
        assertThat(planner.plan(batch, ticket)).containsExactly(
                "CREATE TABLE _retort_tmp_ticket (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
                        + "\ttitle TEXT NOT NULL\n)",
                "INSERT INTO _retort_tmp_ticket (id, title) SELECT ticket.id, ticket.title FROM ticket",
                "DELETE FROM sqlite_sequence WHERE name = '_retort_tmp_ticket'",
                "INSERT INTO sqlite_sequence (name, seq) SELECT '_retort_tmp_ticket', seq FROM sqlite_sequence "
                        + "WHERE name = 'ticket'",
                "PRAGMA legacy_alter_table = ON",
                "DROP TABLE ticket",
                "ALTER TABLE _retort_tmp_ticket RENAME TO ticket",
                "PRAGMA legacy_alter_table = OFF");
    }

    @Test
    void aTypeAffinityChangeCastsAndARenameCopiesFromTheOldName() {
        AlterColumn retype = new AlterColumn(ADDRESS, "zip", DdlFixtures.type(INTEGER, Optional.empty()),
                ColumnState.UNKNOWN);
        AlterColumn rename = new AlterColumn(ADDRESS, "email", DdlFixtures.rename("mail"), ColumnState.UNKNOWN);
        List<String> plan = planner.plan(batch(BatchAlterTable.Recreate.AUTO, retype,
                new DropConstraint(ADDRESS, "ck_email", Optional.empty(), Optional.empty(), false),
                new CreateCheckConstraint(ADDRESS, new CheckConstraint(Optional.of("ck_mail"), "length(mail) > 3")),
                rename), address());
        assertThat(plan.get(0)).contains("\tzip INTEGER DEFAULT '00000', ", "\tmail TEXT NOT NULL, ",
                "\tUNIQUE (mail), ", "CONSTRAINT ck_mail CHECK (length(mail) > 3)").doesNotContain("ck_email");
        assertThat(plan.get(1)).isEqualTo("INSERT INTO _retort_tmp_address (id, zip, mail, legacy) SELECT address.id, "
                + "CAST(address.zip AS INTEGER), address.email, address.legacy FROM address");
    }

    /** A named constraint over a dropped column is the batch's to drop; an unnamed one goes with the column. */
    @Test
    void droppingAColumnANamedConstraintStillUsesFailsNamingIt() {
        assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.AUTO,
                new DropColumn(ADDRESS, "email", Optional.empty(), false)), address()))
                .hasMessage("the batch on address drops or renames columns [email] that these still use: "
                        + "check constraint ck_email (length(email) > 3). Drop them in "
                        + "the same batch (and create them again over the new columns if needed)");
    }

    @Test
    void aConstraintOverAColumnTheTableDoesNotHaveIsRefusedNamingIt() {
        assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.AUTO, new CreateUniqueConstraint(ADDRESS,
                new UniqueConstraint(Optional.of("uq_address_name"), List.of("name")))), address()))
                .hasMessage("the batch on address gives columns the table does not have to these: unique constraint"
                        + " uq_address_name [name]. Add the columns first, or correct the names");
    }

    /** As in Alembic, which cannot drop an unnamed constraint by name either. */
    @Test
    void droppingAColumnDropsTheUnnamedConstraintsOverIt() {
        List<String> plan = planner.plan(batch(BatchAlterTable.Recreate.AUTO,
                new DropColumn(ADDRESS, "zip", Optional.empty(), false),
                new DropIndex(QualifiedName.of("ix_address_zip"), Optional.of("address"), Optional.empty(), false,
                        false)), address());

        assertThat(plan.get(0)).doesNotContain("zip").contains("\tUNIQUE (email), ", "CONSTRAINT ck_email");
    }

    @Test
    void droppingAColumnAnIndexExpressionOrConditionReadsFailsNamingTheIndex() {
        Table withIndexes = Table.of(ADDRESS, List.of(Column.of("id", INTEGER).primaryKey(), Column.of("email", TEXT),
                Column.of("zip", TEXT),
                new Index(Optional.of("ix_lower_email"), List.of(new SqlExpression("lower(email)")), false,
                        Optional.empty(), Map.of()),
                new Index(Optional.of("ix_zip_with_email"), List.of(new IndexColumn("zip")), false,
                        Optional.of("email IS NOT NULL"), Map.of())));

        for (String index : List.of("ix_lower_email", "ix_zip_with_email")) {
            DropIndex other = new DropIndex(QualifiedName.of(index.equals("ix_lower_email") ? "ix_zip_with_email"
                    : "ix_lower_email"), Optional.of("address"), Optional.empty(), false, false);
            assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.AUTO,
                    new DropColumn(ADDRESS, "email", Optional.empty(), false), other), withIndexes))
                    .hasMessageContaining("that these still use: index " + index);
        }
    }

    @Test
    void autoRunsAddColumnAndIndexesInPlace() {
        assertThat(planner.plan(batch(BatchAlterTable.Recreate.AUTO,
                AddColumn.of(ADDRESS, Column.of("city", TEXT)),
                CreateIndex.of(ADDRESS, Index.on(Optional.of("ix_city"), List.of("city"))),
                new DropIndex(QualifiedName.of("ix_address_zip"), Optional.of("address"), Optional.empty(), false,
                        false)), null)).containsExactly(
                "ALTER TABLE address ADD COLUMN city TEXT",
                "CREATE INDEX ix_city ON address (city)",
                "DROP INDEX ix_address_zip");
    }

    @Test
    void anExpressionDefaultOrAPositionForcesARebuild() {
        BatchAlterTable expression = batch(BatchAlterTable.Recreate.AUTO, AddColumn.of(ADDRESS,
                Column.of("at", DdlFixtures.TIMESTAMP).serverDefault(ServerDefault.sql("CURRENT_TIMESTAMP"))));
        assertThat(SqliteBatchPlanner.recreates(expression)).isTrue();
        List<String> plan = planner.plan(batch(BatchAlterTable.Recreate.AUTO, new AddColumn(ADDRESS,
                Column.of("city", TEXT), false, Optional.of(ColumnPosition.after("id")))), address());
        assertThat(plan.get(0)).startsWith("CREATE TABLE _retort_tmp_address (\n\tid INTEGER NOT NULL, \n\tcity TEXT, ");
        assertThat(plan.get(1)).startsWith("INSERT INTO _retort_tmp_address (id, zip, email, legacy) SELECT");
    }

    @Test
    void alwaysRebuildsAndNeverCompilesPlainly() {
        assertThat(planner.plan(batch(BatchAlterTable.Recreate.ALWAYS, AddColumn.of(ADDRESS, Column.of("c", TEXT))),
                address())).hasSize(7).element(3).isEqualTo("DROP TABLE address");
        assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.NEVER,
                new DropConstraint(ADDRESS, "ck_email", Optional.empty(), Optional.empty(), false)), address()))
                .hasMessageStartingWith("No support for ALTER of constraints in SQLite dialect.")
                .hasMessageEndingWith(" SQLite does this when batchAlterTable rebuilds the table: leave the batch on"
                        + " address at recreateAuto() or make it recreateAlways(), not recreateNever()")
                .hasMessageNotContaining("Please refer to the batch mode");
    }

    @Test
    void neverRefusesAColumnPositionWhichOnlyARebuildPlaces() {
        assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.NEVER, new AddColumn(ADDRESS,
                Column.of("city", TEXT), false, Optional.of(ColumnPosition.after("id")))), address()))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessage("Column city of table address cannot be placed after id: SQLite changes the table in "
                        + "place (ALTER TABLE), which leaves the columns where they are. SQLite places a column when "
                        + "batchAlterTable rebuilds the table: give the position inside batchAlterTable, and leave the "
                        + "batch at recreateAuto() or make it recreateAlways(), not recreateNever()");
    }

    @Test
    void aRebuildWritesTheIndexesWithTheSameOptionRulesAsCreateIndex() {
        Table withOptions = Table.of(ADDRESS, List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("zip", string(10)), Index.on(Optional.of("ix_address_zip"), List.of("zip"))
                        .dialectOption("postgresql_using", "hash")));
        assertThat(planner.plan(batch(BatchAlterTable.Recreate.ALWAYS), withOptions)).last()
                .isEqualTo("CREATE INDEX ix_address_zip ON address (zip)");
        assertThatThrownBy(() -> planner.plan(batch(BatchAlterTable.Recreate.AUTO,
                new DropColumn(ADDRESS, "legacy", Optional.empty(), false),
                new DropConstraint(ADDRESS, "fk_parent", Optional.empty(), Optional.empty(), false),
                CreateIndex.of(ADDRESS, Index.on(Optional.of("ix_email"), List.of("email"))
                        .dialectOption("sqlite_where", "email <> ''"))), address()))
                .hasMessageStartingWith("Index ix_email has option sqlite_where, which the SQLite dialect does not "
                        + "know");
    }

    @Test
    void offlineWithoutCopyFromFailsAsAlembicDoes() {
        assertThatThrownBy(() -> compiler.compile(batch(BatchAlterTable.Recreate.AUTO,
                new DropColumn(ADDRESS, "legacy", Optional.empty(), false))))
                .hasMessage("This operation cannot proceed in --sql mode; batch mode with dialect sqlite requires a "
                        + "live database connection with which to reflect the table \"address\". To generate a batch "
                        + "SQL migration script using table \"move and copy\", a complete Table definition should be "
                        + "passed to the copyFrom option of batchAlterTable() so that table reflection can be skipped.");
        BatchAlterTable withCopy = new BatchAlterTable(ADDRESS, BatchAlterTable.Recreate.ALWAYS,
                Optional.of(address()), List.of(List.of("email", "zip")), List.of());
        assertThat(compiler.compile(withCopy).get(1)).isEqualTo("INSERT INTO _retort_tmp_address (id, email, zip, "
                + "legacy) SELECT address.id, address.email, address.zip, address.legacy FROM address");
    }

    @Test
    void theTemporaryNameIsCutToFiftyCharacters() {
        QualifiedName longName = QualifiedName.of("a".repeat(60));
        Table table = Table.of(longName, List.of(Column.of("id", INTEGER).primaryKey(), Column.of("x", INTEGER)));
        List<String> plan = planner.plan(new BatchAlterTable(longName, BatchAlterTable.Recreate.AUTO, Optional.empty(),
                List.of(), List.of(new DropColumn(longName, "x", Optional.empty(), false))), table);
        assertThat(plan.get(4)).isEqualTo("ALTER TABLE _retort_tmp_" + "a".repeat(38) + " RENAME TO " + "a".repeat(60));
    }

    @Test
    void autoincrementTurnedOnRebuildsTheKeyWithTheKeywordAndAnIdentityIsLeftOut() {
        Table ticket = Table.of(QualifiedName.of("ticket"), List.of(Column.of("id", INTEGER).primaryKey(),
                Column.of("title", TEXT).notNull()));
        AlterColumn numbered = DdlFixtures.alter("id", alter -> alter.autoincrement(true));
        BatchAlterTable batch = new BatchAlterTable(ticket.name(), BatchAlterTable.Recreate.AUTO, Optional.empty(),
                List.of(), List.of(new AlterColumn(ticket.name(), "id", numbered.change(), numbered.existing())));
        assertThat(planner.plan(batch, ticket)).startsWith(
                "CREATE TABLE _retort_tmp_ticket (\n\tid INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \n"
                        + "\ttitle TEXT NOT NULL\n)",
                "INSERT INTO _retort_tmp_ticket (id, title) SELECT ticket.id, ticket.title FROM ticket");

        AlterColumn identity = DdlFixtures.alter("id", alter -> alter.identity(generatedAlways()));
        BatchAlterTable leftOut = new BatchAlterTable(ticket.name(), BatchAlterTable.Recreate.ALWAYS, Optional.empty(),
                List.of(), List.of(new AlterColumn(ticket.name(), "id", identity.change(), identity.existing())));
        assertThat(planner.plan(leftOut, ticket)).startsWith(
                "CREATE TABLE _retort_tmp_ticket (\n\tid INTEGER NOT NULL, \n\ttitle TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)");
    }
}
