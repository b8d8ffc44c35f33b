package dev.retort.runtime;

import static dev.retort.api.Schema.INTEGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Schema;
import dev.retort.dialect.Dialects;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a SQLite batch rebuild ("move and copy") must not lose or break: the table's own triggers, which
 * dropping the old table drops; the views and other tables' triggers that read it, which SQLite checks only
 * when they run; with foreign keys enforced, the rows of the tables referring to it; and its keys when a
 * column is renamed or dropped.
 */
class SqliteBatchRebuildTest {
    private static final String SCHEMA = """
            CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score INTEGER);
            CREATE TABLE child (id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE);
            CREATE TABLE audit (event TEXT);
            CREATE TRIGGER parent_inserted AFTER INSERT ON parent BEGIN INSERT INTO audit VALUES ('parent ' || NEW.name); END;
            INSERT INTO parent VALUES (1, 'ada', 5), (2, 'grace', 7);
            INSERT INTO child VALUES (10, 1), (11, 2);
            """;

    @TempDir
    Path dir;

    @Test
    void theTablesOwnTriggersAreCreatedAgainAfterTheRebuild() throws SQLException {
        try (Connection connection = database("")) {
            run(connection, op -> op.batchAlterTable("parent", batch -> batch.recreateAlways()
                    .alterColumn("name", alter -> alter.nullable(true))));

            execute(connection, "INSERT INTO parent VALUES (3, 'edsger', 1)");
            assertThat(column(connection, "SELECT event FROM audit"))
                    .containsExactly("parent ada", "parent grace", "parent edsger");
            assertThat(column(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                    .containsExactly("parent_inserted");
        }
    }

    /** A revision written to run offline too names the table's definition; online its triggers still come back. */
    @Test
    void aBatchWithCopyFromCreatesTheTablesTriggersAgainOnline() throws SQLException {
        try (Connection connection = database("")) {
            run(connection, op -> op.batchAlterTable("parent", batch -> batch.copyFrom(Schema.table("parent",
                    Schema.column("id", INTEGER).primaryKey(), Schema.column("name", Schema.TEXT).notNull(),
                    Schema.column("score", INTEGER))).dropColumn("score")));

            execute(connection, "INSERT INTO parent VALUES (3, 'edsger')");
            assertThat(column(connection, "SELECT event FROM audit"))
                    .containsExactly("parent ada", "parent grace", "parent edsger");
            assertThat(column(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
                    .containsExactly("parent_inserted");
        }
    }

    @Test
    void aBatchWithCopyFromIsCheckedAgainstTheViewsReadingItOnline() throws SQLException {
        try (Connection connection = database("CREATE VIEW scores AS SELECT name, score FROM parent;")) {
            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent", batch -> batch.copyFrom(
                    Schema.table("parent", Schema.column("id", INTEGER).primaryKey(),
                            Schema.column("name", Schema.TEXT).notNull(), Schema.column("score", INTEGER)))
                    .dropColumn("score"))))
                    .hasMessageContaining("no such column: score");

            assertThat(column(connection, "SELECT name FROM pragma_table_info('parent')"))
                    .containsExactly("id", "name", "score");
        }
    }

    @Test
    void aViewReadingADroppedColumnFailsTheRevisionAndNothingChanges() throws SQLException {
        try (Connection connection = database("CREATE VIEW scores AS SELECT name, score FROM parent;")) {
            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent",
                    batch -> batch.dropColumn("score"))))
                    .hasMessageContaining("no such column: score");

            assertThat(column(connection, "SELECT name FROM pragma_table_info('parent')"))
                    .containsExactly("id", "name", "score");
            assertThat(column(connection, "SELECT name FROM scores ORDER BY name")).containsExactly("ada", "grace");
        }
    }

    /** The check's statement names the view in a comment, which a name holding a comment's end cannot close. */
    @Test
    void aViewWhoseNameEndsACommentIsCheckedAsAnyOther() throws SQLException {
        try (Connection connection = database("CREATE VIEW \"odd*/ SELECT 1; --\" AS SELECT name FROM parent;")) {
            run(connection, op -> op.batchAlterTable("parent", batch -> batch.dropColumn("score")));

            assertThat(column(connection, "SELECT name FROM \"odd*/ SELECT 1; --\" ORDER BY name"))
                    .containsExactly("ada", "grace");
        }
    }

    @Test
    void anotherTablesTriggerReadingADroppedColumnFailsTheRevision() throws SQLException {
        try (Connection connection = database("CREATE TRIGGER child_inserted AFTER INSERT ON child BEGIN"
                + " UPDATE parent SET score = score + 1 WHERE id = NEW.parent_id; END;")) {
            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent",
                    batch -> batch.dropColumn("score"))))
                    .hasMessageContaining("no such column: score");

            assertThat(column(connection, "SELECT name FROM pragma_table_info('parent')"))
                    .containsExactly("id", "name", "score");
        }
    }

    @Test
    void aRebuildIsRefusedWhileForeignKeysAreEnforcedAndNoRowIsLost() throws SQLException {
        try (Connection connection = database("")) {
            execute(connection, "PRAGMA foreign_keys = ON");

            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent",
                    batch -> batch.alterColumn("name", alter -> alter.nullable(true)))))
                    .hasMessageContaining("enforces foreign keys (PRAGMA foreign_keys is on, which foreign_keys=true"
                            + " in the URL or the code that opened the connection asked for)")
                    .hasMessageContaining("PRAGMA foreign_keys = OFF on the connections of an environment hook's"
                            + " data source");

            assertThat(column(connection, "SELECT id FROM child ORDER BY id")).containsExactly("10", "11");
            assertThat(column(connection, "SELECT \"notnull\" FROM pragma_table_info('parent') WHERE name = 'name'"))
                    .containsExactly("1");
        }
    }

    /** A column added with an unnamed foreign key, as a revision adds one, can be dropped by its downgrade. */
    @Test
    void aColumnWithAnUnnamedForeignKeyIsDroppedWithTheKey() throws SQLException {
        try (Connection connection = database("")) {
            execute(connection, "ALTER TABLE child ADD COLUMN other_id INTEGER REFERENCES parent (id)");

            run(connection, op -> op.batchAlterTable("child", batch -> batch.dropColumn("other_id")));

            assertThat(column(connection, "SELECT \"from\" FROM pragma_foreign_key_list('child')"))
                    .containsExactly("parent_id");
            assertThat(column(connection, "SELECT id FROM child ORDER BY id")).containsExactly("10", "11");
        }
    }

    /** A key of the table referring to the table itself follows the renamed column it refers to. */
    @Test
    void renamingAColumnTheTablesOwnKeyRefersToRenamesTheReference() throws SQLException {
        try (Connection connection = database("CREATE TABLE person (id INTEGER PRIMARY KEY,"
                + " boss_id INTEGER REFERENCES person (id));\nINSERT INTO person VALUES (1, NULL), (2, 1);")) {
            run(connection, op -> op.batchAlterTable("person",
                    batch -> batch.alterColumn("id", alter -> alter.rename("person_id"))));

            assertThat(column(connection, "SELECT \"to\" FROM pragma_foreign_key_list('person')"))
                    .containsExactly("person_id");
            assertThat(column(connection, "PRAGMA foreign_key_check")).isEmpty();
            assertThat(column(connection, "SELECT boss_id FROM person WHERE person_id = 2")).containsExactly("1");
        }
    }

    @Test
    void aViewsTriggerWritingADroppedColumnFailsTheRevision() throws SQLException {
        try (Connection connection = database("CREATE VIEW entries AS SELECT event FROM audit;\n"
                + "CREATE TRIGGER entry_added INSTEAD OF INSERT ON entries BEGIN"
                + " INSERT INTO parent (id, name, score) VALUES (99, NEW.event, 1); END;")) {
            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent",
                    batch -> batch.dropColumn("score"))))
                    .hasMessageContaining("has no column named score");

            assertThat(column(connection, "SELECT name FROM pragma_table_info('parent')"))
                    .containsExactly("id", "name", "score");
        }
    }

    /** child.parent_id refers to parent (id): SQLite would find the key refers to nothing only when it checks it. */
    @Test
    void aColumnAnotherTablesKeyRefersToIsNeitherRenamedNorDroppedByARebuild() throws SQLException {
        try (Connection connection = database("")) {
            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("parent",
                    batch -> batch.alterColumn("id", alter -> alter.rename("parent_no")))))
                    .hasMessageContaining("the foreign key [parent_id] of table child refers to [id]")
                    .hasMessageContaining("Rename a column outside batch mode");

            assertThat(column(connection, "SELECT name FROM pragma_table_info('parent')"))
                    .containsExactly("id", "name", "score");
            run(connection, op -> op.alterColumn("parent", "id", alter -> alter.rename("parent_no")));
            assertThat(column(connection, "SELECT \"to\" FROM pragma_foreign_key_list('child')"))
                    .containsExactly("parent_no");
        }
    }

    @Test
    void aGeneratedColumnFollowsARenameAndStopsADrop() throws SQLException {
        try (Connection connection = database("CREATE TABLE line (id INTEGER PRIMARY KEY, qty INTEGER,"
                + " twice INTEGER GENERATED ALWAYS AS (qty * 2) VIRTUAL);\n"
                + "INSERT INTO line (id, qty) VALUES (1, 4);")) {
            run(connection, op -> op.batchAlterTable("line",
                    batch -> batch.alterColumn("qty", alter -> alter.rename("amount"))));
            assertThat(column(connection, "SELECT twice FROM line")).containsExactly("8");

            assertThatThrownBy(() -> run(connection, op -> op.batchAlterTable("line",
                    batch -> batch.dropColumn("amount"))))
                    .hasMessageContaining("generated column twice (amount * 2)");
        }
    }

    @Test
    void aDescendingIndexIsDescendingAfterTheRebuild() throws SQLException {
        try (Connection connection = database("CREATE INDEX ix_parent_name ON parent (name DESC, score);")) {
            run(connection, op -> op.batchAlterTable("parent", batch -> batch.recreateAlways()
                    .addColumn(Schema.column("extra", INTEGER))));

            assertThat(column(connection, "SELECT \"desc\" FROM pragma_index_xinfo('ix_parent_name') WHERE key = 1"
                    + " ORDER BY seqno")).containsExactly("1", "0");
        }
    }

    /** SQLite stores a lone identifier as a default as a string; written back in parentheses it is a column. */
    @Test
    void aDefaultWrittenAsAnIdentifierStaysTheStringItIs() throws SQLException {
        try (Connection connection = database("CREATE TABLE tagged (id INTEGER PRIMARY KEY,"
                + " kind VARCHAR(20) DEFAULT \"plain\", mood TEXT DEFAULT calm);")) {
            run(connection, op -> op.batchAlterTable("tagged", batch -> batch.addColumn(Schema.column("extra", INTEGER))
                    .alterColumn("kind", alter -> alter.nullable(false))));

            execute(connection, "INSERT INTO tagged (id) VALUES (1)");
            assertThat(column(connection, "SELECT kind || ' ' || mood FROM tagged")).containsExactly("plain calm");
        }
    }

    /**
     * The new table is created under another name, where a check qualifying its columns with the table's name
     * names nothing: SQLite before 3.41 refuses such a table (the bundled driver's newer SQLite lets it pass).
     */
    @Test
    void aCheckQualifiedWithItsTablesNameNamesTheColumnsAloneAfterTheRebuild() throws SQLException {
        try (Connection connection = database("CREATE TABLE stock (id INTEGER PRIMARY KEY, qty INTEGER,"
                + " CHECK (stock.qty > 0));\nINSERT INTO stock VALUES (1, 5);")) {
            run(connection, op -> op.batchAlterTable("stock", batch -> batch.recreateAlways()
                    .addColumn(Schema.column("extra", INTEGER))));

            assertThat(column(connection, "SELECT qty FROM stock")).containsExactly("5");
            assertThat(column(connection, "SELECT sql FROM sqlite_master WHERE name = 'stock'"))
                    .singleElement().asString().contains("CHECK (qty > 0)").doesNotContain("stock.qty");
            assertThatThrownBy(() -> execute(connection, "INSERT INTO stock (id, qty) VALUES (2, 0)"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }

    private Connection database(String extra) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
        for (String statement : (SCHEMA + extra).split(";\n")) {
            if (!statement.isBlank()) {
                execute(connection, statement);
            }
        }
        return connection;
    }

    private static void run(Connection connection, Consumer<Operations> upgrade) {
        new LiveRevisionRunner(connection, Dialects.named("sqlite")).upgrade(new Migration() {
            @Override
            public void upgrade(Operations op) {
                upgrade.accept(op);
            }

            @Override
            public void downgrade(Operations op) {
            }
        });
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
