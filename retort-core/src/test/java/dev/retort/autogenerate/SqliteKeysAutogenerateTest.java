package dev.retort.autogenerate;

import static dev.retort.autogenerate.LiveSchemas.comparator;
import static dev.retort.autogenerate.LiveSchemas.create;
import static dev.retort.autogenerate.LiveSchemas.reflect;
import static dev.retort.autogenerate.LiveSchemas.schema;
import static dev.retort.api.Schema.BIG_INTEGER;
import static dev.retort.api.Schema.INTEGER;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.string;
import static dev.retort.api.Schema.table;
import static dev.retort.api.Schema.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.sqlite.SqliteBatchPlanner;
import dev.retort.dialect.sqlite.SqliteDdlCompiler;
import dev.retort.op.AlterColumn;
import dev.retort.op.BatchAlterTable;
import dev.retort.op.Operation;
import dev.retort.reflect.LiveDatabase;
import dev.retort.reflect.SqliteTableReader;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite keys as autogenerate finds them and batch mode rebuilds them: a unique constraint on the columns of
 * the primary key, which SQLite keeps in the key's index, and the {@code AUTOINCREMENT} of a row id key.
 * Operations run as online: each batch rebuilds the table read from the database.
 */
class SqliteKeysAutogenerateTest {
    @TempDir
    Path directory;

    /**
     * The key moves onto the columns of a unique constraint, in its order, so that SQLite keeps the constraint
     * in the key's index: it still compares clean, and the downgrade's rebuild keeps it.
     */
    @Test
    void aUniqueConstraintSharingTheKeysIndexSurvivesARebuildOfItsTable() throws Exception {
        try (LiveDatabase database = LiveDatabase.of("sqlite", directory)) {
            List<Table> before = List.of(table("parent", column("a", INTEGER), column("b", INTEGER),
                    primaryKey("pk_parent", "a", "b"), unique("uq_parent_ba", "b", "a")));
            List<Table> after = List.of(table("parent", column("a", INTEGER), column("b", INTEGER),
                    primaryKey("pk_parent2", "b", "a"), unique("uq_parent_ba", "b", "a")));
            create(database, before);
            database.execute("INSERT INTO parent (a, b) VALUES (1, 2)");

            List<Operation> operations = comparator(database).compare(schema(after), reflect(database)).operations();
            runOnline(database, operations);
            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();

            runOnline(database, reverses(operations));
            assertThat(comparator(database).compare(schema(before), reflect(database)).describe())
                    .as("differences left after reverting").isEmpty();
            assertThat(createTableSql(database, "parent")).contains("uq_parent_ba");
        }
    }

    /**
     * Marking a row id key autoincrement, or no longer, changes only its {@code AUTOINCREMENT}: a rebuild in
     * the table's batch, whose reverse gives back what the table had.
     */
    @Test
    void addingOrRemovingAutoincrementOnARowidKeyRebuildsItsTable() throws Exception {
        try (LiveDatabase database = LiveDatabase.of("sqlite", directory)) {
            List<Table> plain = List.of(table("counter", column("id", INTEGER).primaryKey(), column("label", string(9))));
            List<Table> marked = List.of(table("counter", column("id", INTEGER).primaryKey().autoincrement(true),
                    column("label", string(9))));
            create(database, plain);
            database.execute("INSERT INTO counter (label) VALUES ('one'), ('two')");

            List<Operation> operations = comparator(database).compare(schema(marked), reflect(database)).operations();
            assertThat(operations).singleElement().isInstanceOfSatisfying(BatchAlterTable.class, batch ->
                    assertThat(batch.operations()).singleElement().isInstanceOfSatisfying(AlterColumn.class,
                            alter -> {
                                assertThat(alter.change().autoincrement()).contains(true);
                                assertThat(alter.existing().autoincrement()).contains(false);
                            }));
            runOnline(database, operations);
            assertThat(createTableSql(database, "counter")).contains("AUTOINCREMENT");
            assertThat(comparator(database).compare(schema(marked), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();
            assertThat(comparator(database).compare(schema(plain), reflect(database)).describe())
                    .containsExactly("autoincrement off for column 'counter.id'");

            runOnline(database, reverses(operations));
            assertThat(createTableSql(database, "counter")).doesNotContain("AUTOINCREMENT");
            assertThat(comparator(database).compare(schema(plain), reflect(database)).describe())
                    .as("differences left after reverting").isEmpty();
            database.execute("INSERT INTO counter (label) VALUES ('three')");
            assertThat(rows(database, "SELECT id FROM counter WHERE label = 'three'")).containsExactly("3");
        }
    }

    /**
     * A column marked autoincrement in a key of several columns numbers nothing on SQLite, which takes
     * {@code AUTOINCREMENT} only on a lone key: the table keeps its named key of both columns, reads back as the
     * models say it, and a rebuild of the table keeps it so.
     */
    @Test
    void aMarkedColumnInAKeyOfSeveralColumnsKeepsTheNamedKeyAndComparesClean() throws Exception {
        try (LiveDatabase database = LiveDatabase.of("sqlite", directory)) {
            List<Table> before = List.of(table("pair", column("a", BIG_INTEGER).autoincrement(true),
                    column("b", INTEGER), primaryKey("pk_pair", "a", "b")));
            List<Table> after = List.of(table("pair", column("a", BIG_INTEGER).autoincrement(true),
                    column("b", BIG_INTEGER), primaryKey("pk_pair", "a", "b")));
            create(database, before);

            assertThat(createTableSql(database, "pair")).doesNotContain("AUTOINCREMENT")
                    .contains("CONSTRAINT pk_pair PRIMARY KEY (a, b)");
            Table reflected = reflect(database).tables().get(0);
            assertThat(reflected.primaryKey()).contains(new PrimaryKey(Optional.of("pk_pair"), List.of("a", "b")));
            assertThat(comparator(database).compare(schema(before), reflect(database)).describe()).isEmpty();

            List<Operation> operations = comparator(database).compare(schema(after), reflect(database)).operations();
            assertThat(operations).singleElement().isInstanceOf(BatchAlterTable.class);
            runOnline(database, operations);
            assertThat(createTableSql(database, "pair")).doesNotContain("AUTOINCREMENT")
                    .contains("CONSTRAINT pk_pair PRIMARY KEY (a, b)");
            assertThat(comparator(database).compare(schema(after), reflect(database)).describe())
                    .as("differences left after running " + operations).isEmpty();
        }
    }

    private static List<Operation> reverses(List<Operation> operations) {
        List<Operation> reverses = new ArrayList<>();
        for (Operation operation : operations) {
            reverses.add(operation.reverse().orElseThrow(() -> new AssertionError("no reverse: " + operation)));
        }
        Collections.reverse(reverses);
        return reverses;
    }

    /** Runs each operation; a batch rebuilds the table as the database has it now, as an online run does. */
    private static void runOnline(LiveDatabase database, List<Operation> operations) throws SQLException {
        SqliteDdlCompiler compiler = new SqliteDdlCompiler(database.dialect());
        for (Operation operation : operations) {
            if (operation instanceof BatchAlterTable batch) {
                Table current = SqliteTableReader.read(database.connection(), batch.table());
                database.execute(new SqliteBatchPlanner(compiler).plan(batch, current));
            } else {
                database.execute(compiler.compile(operation));
            }
        }
    }

    private static String createTableSql(LiveDatabase database, String table) throws SQLException {
        return rows(database, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'").get(0);
    }

    private static List<String> rows(LiveDatabase database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
