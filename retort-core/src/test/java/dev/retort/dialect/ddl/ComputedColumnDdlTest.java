package dev.retort.dialect.ddl;

import static dev.retort.dialect.ddl.DdlFixtures.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.Dialects;
import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.dialect.sqlite.SqliteDdlCompiler;
import dev.retort.op.AddColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.CreateTable;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Computed;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL of computed columns on each database: in CREATE TABLE, in ADD COLUMN, and in a SQLite rebuild. */
class ComputedColumnDdlTest {
    private static final QualifiedName LINE = QualifiedName.of("line");
    private static final ColumnType NUMERIC = new ColumnType.NumericType(java.util.OptionalInt.of(10),
            java.util.OptionalInt.of(2));

    private static Table line(Computed total) {
        return Table.of(LINE, List.of(Column.of("id", INTEGER).primaryKey(), Column.of("price", NUMERIC),
                Column.of("quantity", INTEGER), Column.of("total", NUMERIC).computed(total)));
    }

    private static List<String> compile(String dialect, dev.retort.op.Operation operation) {
        return DdlCompilers.forDialect(Dialects.named(dialect)).compile(operation);
    }

    @Test
    void postgresWritesStoredGeneratedColumns() {
        assertThat(compile("postgresql", new CreateTable(line(Computed.stored("price * quantity")), false)))
                .containsExactly("CREATE TABLE line (\n\tid SERIAL NOT NULL, \n\tprice NUMERIC(10, 2), "
                        + "\n\tquantity INTEGER, \n\ttotal NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) "
                        + "STORED, \n\tPRIMARY KEY (id)\n)");
        assertThat(compile("postgresql", AddColumn.of(LINE, Column.of("double_qty", INTEGER).notNull()
                .computed("quantity * 2")))).containsExactly(
                "ALTER TABLE line ADD COLUMN double_qty INTEGER GENERATED ALWAYS AS (quantity * 2) STORED NOT NULL");
    }

    @Test
    void postgresRefusesVirtualColumnsNamingTheColumn() {
        assertThatThrownBy(() -> compile("postgresql", new CreateTable(line(Computed.virtual("price * quantity")),
                false))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("Column total is computed VIRTUAL, which PostgreSQL 15 does not support");
    }

    @Test
    void mysqlAndMariaDbWriteTheStorage() {
        for (String dialect : List.of("mysql", "mariadb")) {
            assertThat(compile(dialect, AddColumn.of(LINE, Column.of("total", NUMERIC)
                    .computed(Computed.virtual("price * quantity"))))).containsExactly("ALTER TABLE line ADD COLUMN "
                    + "total NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) VIRTUAL");
            assertThat(compile(dialect, new CreateTable(line(Computed.stored("price * quantity")), false)).get(0))
                    .contains("\n\ttotal NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) STORED, ");
        }
    }

    @Test
    void mysqlWritesNotNullAfterTheStorageAndMariaDbWhichRefusesItSaysSo() {
        Column notNull = Column.of("total", NUMERIC).notNull().computed(Computed.virtual("price * quantity"));
        assertThat(compile("mysql", AddColumn.of(LINE, notNull))).containsExactly("ALTER TABLE line ADD COLUMN "
                + "total NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) VIRTUAL NOT NULL");
        assertThatThrownBy(() -> compile("mariadb", AddColumn.of(LINE, notNull)))
                .isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("MariaDB cannot make computed column total NOT NULL; leave .notNull() out");
    }

    @Test
    void sqliteWritesBothStoragesInCreateTableAndAddsOnlyVirtualOnes() {
        assertThat(compile("sqlite", new CreateTable(line(Computed.stored("price * quantity")), false)).get(0))
                .contains("\n\ttotal NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) STORED, ");
        assertThat(compile("sqlite", AddColumn.of(LINE, Column.of("total", NUMERIC)
                .computed(Computed.virtual("price * quantity"))))).containsExactly(
                "ALTER TABLE line ADD COLUMN total NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) VIRTUAL");
        assertThatThrownBy(() -> compile("sqlite", AddColumn.of(LINE, Column.of("total", NUMERIC)
                .computed("price * quantity")))).isInstanceOf(UnsupportedOperationForDialectException.class)
                .hasMessageContaining("SQLite adds only VIRTUAL generated columns to an existing table, and column "
                        + "total is STORED").hasMessageContaining("batch mode");
    }

    @Test
    void h2WritesTheExpressionWithoutStorage() {
        assertThat(compile("h2", AddColumn.of(LINE, Column.of("total", NUMERIC).computed("price * quantity"))))
                .containsExactly("ALTER TABLE line ADD COLUMN total NUMERIC(10, 2) GENERATED ALWAYS AS "
                        + "(price * quantity)");
        assertThat(compile("h2", AddColumn.of(LINE, Column.of("total", NUMERIC)
                .computed(Computed.virtual("price * quantity"))))).containsExactly("ALTER TABLE line ADD COLUMN "
                + "total NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity)");
    }

    @Test
    void sqliteRebuildKeepsComputedColumnsAndDoesNotCopyIntoThem() {
        SqliteDdlCompiler compiler = (SqliteDdlCompiler) DdlCompilers.forDialect(Dialects.named("sqlite"));
        BatchAlterTable batch = new BatchAlterTable(LINE, BatchAlterTable.Recreate.AUTO,
                Optional.of(line(Computed.virtual("price * quantity"))), List.of(),
                List.of(AddColumn.of(LINE, Column.of("twice", INTEGER).computed("quantity * 2"))));
        assertThat(new SqliteBatchPlanner(compiler).plan(batch, batch.copyFrom().get())).containsExactly(
                "CREATE TABLE _retort_tmp_line (\n\tid INTEGER NOT NULL, \n\tprice NUMERIC(10, 2), "
                        + "\n\tquantity INTEGER, \n\ttotal NUMERIC(10, 2) GENERATED ALWAYS AS (price * quantity) "
                        + "VIRTUAL, \n\ttwice INTEGER GENERATED ALWAYS AS (quantity * 2) STORED, "
                        + "\n\tPRIMARY KEY (id)\n)",
                "INSERT INTO _retort_tmp_line (id, price, quantity) "
                        + "SELECT line.id, line.price, line.quantity FROM line",
                "PRAGMA legacy_alter_table = ON",
                "DROP TABLE line",
                "ALTER TABLE _retort_tmp_line RENAME TO line",
                "PRAGMA legacy_alter_table = OFF");
    }

    @Test
    void aStoredColumnAddedInABatchRebuildsTheTable() {
        BatchAlterTable batch = new BatchAlterTable(LINE, BatchAlterTable.Recreate.AUTO, Optional.empty(), List.of(),
                List.of(AddColumn.of(LINE, Column.of("twice", INTEGER).computed("quantity * 2"))));
        BatchAlterTable virtual = new BatchAlterTable(LINE, BatchAlterTable.Recreate.AUTO, Optional.empty(),
                List.of(), List.of(AddColumn.of(LINE, Column.of("twice", INTEGER)
                        .computed(Computed.virtual("quantity * 2")))));
        assertThat(SqliteBatchPlanner.recreates(batch)).isTrue();
        assertThat(SqliteBatchPlanner.recreates(virtual)).isFalse();
    }
}
